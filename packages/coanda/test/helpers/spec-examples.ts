// The request and response examples of the bundled Coanda contract: the tests send exactly what the
// spec documents, so a spec example that stops validating fails here.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Absolute path of specs/coanda/dist/openapi.json (through the workspace package). */
export const coandaSpecPath = require.resolve("@partner-apis/spec-coanda/openapi.json");

interface Document {
  components: { examples: Record<string, { value: unknown }> };
}

const document = JSON.parse(readFileSync(coandaSpecPath, "utf8")) as Document;

/** A deep copy of the value of `components.examples[name]`. */
export function example<T>(name: string): T {
  const found = document.components.examples[name];
  if (found === undefined) throw new Error(`components.examples.${name} is missing from ${coandaSpecPath}`);
  return structuredClone(found.value) as T;
}
