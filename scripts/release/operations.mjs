#!/usr/bin/env node
// The "Operations" table of each client package's README, generated from its bundled contract so that it lists
// every operation (method, path, typed call, answer, provenance) and cannot drift. The providers, their client
// packages and variables come from the registry of @partner-apis/contract-core, the operations from its model.
// Usage: node scripts/release/operations.mjs [--check]   (after the build: it reads contract-core's dist)
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { workspacePackages } from "./workspace.mjs";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const START = "<!-- operations:start (generated from the contract by scripts/release/operations.mjs) -->";
export const END = "<!-- operations:end -->";

/** contract-core as built in the workspace (the scripts have no package of their own to depend on it). */
async function contractCore(root) {
  return import(join(root, "packages", "contract-core", "dist", "index.js"));
}

/** A schema as a type name: the component it refers to, `X[]` for an array of one, else its type. */
function typeName(schema, refName) {
  if (!schema) return "unknown";
  if (schema.$ref) return refName(schema.$ref);
  if (schema.type === "array") return `${typeName(schema.items, refName)}[]`;
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return union.map((s) => typeName(s, refName)).join(" \\| ");
  return schema.type ?? "unknown";
}

/** The body type of a request body or response: its JSON schema's name, else its media types. */
function bodyType(content, refName) {
  const json = content?.["application/json"];
  if (json) return { json: true, name: json.schemaName ?? typeName(json.schema, refName) };
  const media = Object.keys(content ?? {});
  return media.length ? { json: false, name: media.join(" or ") } : undefined;
}

/** One row per operation of `model`: summary, method, path, the typed call on `variable`, answer, provenance. */
export function operationsTable(model, variable, refName) {
  const rows = [
    "| Operation | Method | Path | Typed call | Answer | Provenance |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const operation of model.operations) {
    const pathNames = operation.parameters.filter((p) => p.in === "path").map((p) => p.name);
    const query = operation.parameters.filter((p) => p.in === "query");
    const params = [];
    if (pathNames.length) params.push(`path: { ${pathNames.join(", ")} }`);
    if (query.length) params.push(query.some((p) => p.required) ? "query" : "query?");
    const init = [];
    if (params.length) init.push(`params: { ${params.join(", ")} }`);
    const body = bodyType(operation.requestBody?.content, refName);
    if (body) init.push(body.json ? `body: ${body.name}` : `body /* ${body.name} */`);
    const method = operation.method.toUpperCase();
    const call = `${variable}.${method}("${operation.path}"${init.length ? `, { ${init.join(", ")} }` : ""})`;
    const success = Object.values(operation.responses).find((response) => /^2/.test(response.status));
    const answer = success ? (bodyType(success.content, refName)?.name ?? "no body") : "-";
    const summary = (operation.summary ?? operation.id).replace(/\.$/, "").replaceAll("|", "\\|");
    rows.push(
      `| ${summary} | ${method} | \`${operation.path}\` | \`${call}\` | ${answer} | ${operation.provenance ?? "documented"} |`,
    );
  }
  return rows.join("\n");
}

/** Every provider's client package with its README, its variable and its contract's model. */
export async function clientReadmes(root = repository) {
  const { discoverProviders, loadModel, refName } = await contractCore(root);
  const packages = new Map((await workspacePackages(root)).map((pkg) => [pkg.manifest.name, pkg]));
  return discoverProviders(join(root, "specs")).map((provider) => {
    const pkg = packages.get(provider.client.package);
    if (!pkg) throw new Error(`${provider.id}: its client package ${provider.client.package} is not in the workspace`);
    return {
      name: provider.client.package,
      readme: join(pkg.path, "README.md"),
      variable: provider.client.variable,
      table: () => operationsTable(loadModel(provider.bundlePath), provider.client.variable, refName),
    };
  });
}

/** The README text with its operations block replaced by `table` (the markers must be there). */
export function withTable(readme, table, where) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${where}: the operations markers are missing (${START} … ${END})`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

/** Regenerate every client README's table; with `check`, only report which are stale. Returns the stale ones. */
export async function updateReadmes({ root = repository, check = false } = {}) {
  const stale = [];
  for (const client of await clientReadmes(root)) {
    const readme = await readFile(client.readme, "utf8");
    const next = withTable(readme, client.table(), client.readme);
    if (next === readme) continue;
    stale.push(client.name);
    if (!check) await writeFile(client.readme, next);
  }
  return stale;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes("--check");
  const stale = await updateReadmes({ check });
  if (check && stale.length) {
    console.error(`✗ stale operations table in: ${stale.join(", ")} (run node scripts/release/operations.mjs)`);
    process.exit(1);
  }
  console.log(stale.length ? `updated: ${stale.join(", ")}` : "✓ operations tables are current");
}
