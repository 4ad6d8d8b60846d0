// Compiles a client package's provider bundle into TypeScript types with openapi-typescript. The
// provider is the one whose provider.json names this package as its client: nothing to pass.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { discoverProviders, findSpecsDir } from "@partner-apis/contract-core";
import openapiTS, { astToString } from "openapi-typescript";

/** What every client's types are generated with; root types export each schema under its own name. */
export const OPENAPI_TS_OPTIONS = Object.freeze({
  alphabetize: false,
  immutable: false,
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
});

/** The provider whose `client.package` is the package in `packageDir`; throws naming the known clients. */
export function providerOfPackage(packageDir) {
  const name = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).name;
  const providers = discoverProviders(findSpecsDir(packageDir));
  const provider = providers.find((candidate) => candidate.client.package === name);
  if (!provider) {
    throw new Error(
      `generate-types: expected a specs/<id>/provider.json whose client.package is ${JSON.stringify(name)}, found none (clients: ${providers.map((p) => p.client.package).join(", ")})`,
    );
  }
  return provider;
}

/** `{ provider, outPath, text }`: the types of the package's provider, as `writeTypes` would write them. */
export async function generateTypes(packageDir) {
  const dir = resolve(packageDir);
  const provider = providerOfPackage(dir);
  let spec;
  try {
    spec = JSON.parse(readFileSync(provider.bundlePath, "utf8"));
  } catch {
    throw new Error(
      `generate-types: ${provider.bundlePath} is missing or unreadable: run the spec's bundle task first (pnpm turbo run generate does).`,
    );
  }
  const ast = await openapiTS(spec, OPENAPI_TS_OPTIONS);
  const header =
    `// Generated from specs/${provider.id} by @partner-apis/typegen (openapi-typescript): do not edit.\n` +
    "// Regenerate with `pnpm turbo run generate`.\n";
  // The contract's own version travels with the types, so a client can say which spec it was built from.
  const specInfo = `\nexport const specInfo = ${JSON.stringify({ title: spec.info.title, version: spec.info.version })} as const;\n`;
  return {
    provider,
    outPath: join(dir, "src", "generated", `${provider.id}.ts`),
    text: header + astToString(ast) + specInfo,
  };
}

/** Writes the package's generated types and returns the file's path. */
export async function writeTypes(packageDir) {
  const { provider, outPath, text } = await generateTypes(packageDir);
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, text);
  console.log(`generate-types: ${provider.id} → ${relative(process.cwd(), outPath)}`);
  return outPath;
}

/** `{ fresh, committed, file }`: what the generator makes from today's bundle, and what the package holds. */
export async function regenerateTypes(packageDir) {
  const { outPath, text } = await generateTypes(packageDir);
  let committed = "";
  try {
    committed = readFileSync(outPath, "utf8");
  } catch {
    // A missing file is stale too: the comparison below fails and names it.
  }
  return { fresh: text, committed, file: relative(resolve(packageDir), outPath) };
}
