#!/usr/bin/env node
// Compiles one provider's bundled spec into TypeScript types with openapi-typescript.
// Usage: node scripts/generate-types.mjs <provider>   (run by each provider package's `generate`)
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const provider = process.argv[2];
if (!provider) {
  console.error("usage: generate-types.mjs <provider> (expected one of the folder names under specs/)");
  process.exit(2);
}

const bundlePath = join(root, "specs", provider, "dist", "openapi.json");
const outPath = join(root, "packages", provider, "src", "generated", `${provider}.ts`);

const spec = JSON.parse(
  await readFile(bundlePath, "utf8").catch(() => {
    console.error(
      `generate-types: ${bundlePath} is missing: run the spec's bundle task first (pnpm turbo run generate does).`,
    );
    process.exit(1);
  }),
);
const ast = await openapiTS(spec, { alphabetize: false, immutable: false });
const header =
  `// Generated from specs/${provider} by scripts/generate-types.mjs (openapi-typescript): do not edit.\n` +
  `// Regenerate with \`pnpm turbo run generate\`.\n`;
await mkdir(dirname(outPath), { recursive: true });
// The contract's own version travels with the types, so a client can say which spec it was built from.
const specInfo = `\nexport const specInfo = ${JSON.stringify({ title: spec.info.title, version: spec.info.version })} as const;\n`;
await writeFile(outPath, header + astToString(ast) + specInfo);
console.log(`generate-types: ${provider} → ${outPath.slice(root.length + 1)}`);
