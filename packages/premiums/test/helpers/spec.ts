// Test helper: the bundled Premiums contract and its named examples.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Absolute path of specs/premiums/dist/openapi.json. */
export const BUNDLE_PATH = require.resolve("@partner-apis/spec-premiums/openapi.json");

interface Bundle {
  components: {
    examples: Record<string, { value: unknown }>;
    schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
  };
}

/** The bundled contract, parsed. */
export const bundle = JSON.parse(readFileSync(BUNDLE_PATH, "utf8")) as Bundle;

/** The value of the contract's example `name`, typed by the caller. */
export function example<T>(name: string): T {
  const found = bundle.components.examples[name];
  if (found === undefined) throw new Error(`No example ${name} in ${BUNDLE_PATH}`);
  return structuredClone(found.value) as T;
}
