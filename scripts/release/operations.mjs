#!/usr/bin/env node
// The "Operations" table of each client package's README, generated from its bundled contract so that it lists
// every operation (method, path, typed call, provenance) and cannot drift. The client packages and their specs are
// found from the workspace: a client depends on @partner-apis/runtime, and its contract is the spec package among
// its devDependencies. (When @partner-apis/contract-core lands, its registry and model replace both lookups.)
// Usage: node scripts/release/operations.mjs [--check]
import { readFile, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { workspacePackages } from "./workspace.mjs";

const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
export const START = "<!-- operations:start (generated from the contract by scripts/release/operations.mjs) -->";
export const END = "<!-- operations:end -->";

/** Follow a local `$ref` (`#/components/...`) to the node it names. */
function deref(document, node) {
  let current = node;
  for (let depth = 0; current?.$ref && depth < 20; depth++) {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((at, key) => at?.[key], document);
  }
  return current;
}

/** A schema as a type name: the component it refers to, `X[]` for an array of one, else its type. */
function typeName(document, schema) {
  if (!schema) return "unknown";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.type === "array") return `${typeName(document, schema.items)}[]`;
  if (schema.oneOf || schema.anyOf)
    return (schema.oneOf ?? schema.anyOf).map((s) => typeName(document, s)).join(" \\| ");
  return schema.type ?? "unknown";
}

/** The body type of a request body or response: its JSON schema's name, else the media type. */
function contentType(document, holder) {
  const content = deref(document, holder)?.content;
  if (!content) return undefined;
  const json = content["application/json"];
  if (json) return typeName(document, json.schema);
  return Object.keys(content).join(" or ");
}

/** One row per operation: summary, method, path, the typed call on `variable`, what it answers, provenance. */
export function operationsTable(document, variable) {
  const rows = [
    "| Operation | Method | Path | Typed call | Answer | Provenance |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(document, p));
      const pathNames = parameters.filter((p) => p.in === "path").map((p) => p.name);
      const query = parameters.filter((p) => p.in === "query");
      const params = [];
      if (pathNames.length) params.push(`path: { ${pathNames.join(", ")} }`);
      if (query.length) params.push(query.some((p) => p.required) ? "query" : "query?");
      const init = [];
      if (params.length) init.push(`params: { ${params.join(", ")} }`);
      const body = operation.requestBody ? contentType(document, operation.requestBody) : undefined;
      const json = deref(document, operation.requestBody)?.content?.["application/json"];
      if (body) init.push(json ? `body: ${body}` : `body /* ${body} */`);
      const call = `${variable}.${method.toUpperCase()}("${path}"${init.length ? `, { ${init.join(", ")} }` : ""})`;
      const success = Object.entries(operation.responses ?? {}).find(([status]) => /^2/.test(status));
      const answer = success ? (contentType(document, success[1]) ?? "no body") : "-";
      const summary = (operation.summary ?? operation.operationId ?? "").replace(/\.$/, "").replaceAll("|", "\\|");
      const provenance = operation["x-provenance"] ?? "documented";
      rows.push(`| ${summary} | ${method.toUpperCase()} | \`${path}\` | \`${call}\` | ${answer} | ${provenance} |`);
    }
  }
  return rows.join("\n");
}

/** Every client package of the workspace with its README and bundled contract. */
export async function clientReadmes(root = repository) {
  const workspace = await workspacePackages(root);
  const byName = new Map(workspace.map((pkg) => [pkg.manifest.name, pkg]));
  return workspace
    .filter((pkg) => !pkg.manifest.private && pkg.manifest.dependencies?.["@partner-apis/runtime"])
    .map((pkg) => {
      const spec = Object.keys(pkg.manifest.devDependencies ?? {})
        .map((name) => byName.get(name))
        .find((candidate) => candidate?.manifest.name.startsWith("@partner-apis/spec-"));
      if (!spec) throw new Error(`${pkg.dir}: no @partner-apis/spec-* package among its devDependencies`);
      return {
        name: pkg.manifest.name,
        readme: join(pkg.path, "README.md"),
        bundle: join(spec.path, "dist", "openapi.json"),
        variable: basename(pkg.dir),
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
    const document = JSON.parse(await readFile(client.bundle, "utf8"));
    const readme = await readFile(client.readme, "utf8");
    const next = withTable(readme, operationsTable(document, client.variable), client.readme);
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
