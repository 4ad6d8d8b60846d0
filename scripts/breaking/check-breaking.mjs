#!/usr/bin/env node
// Compares each provider's bundled contract (specs/<p>/dist/openapi.json) with the one it last
// released (specs/<p>/released/openapi.json, written by scripts/release/snapshot-specs.mjs) and
// fails on a breaking change, unless a pending major changeset for the provider's client package (its
// provider.json's client.package) records it.
// Usage: node scripts/breaking/check-breaking.mjs [--root DIR] [provider...]
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { discoverProviders, findProvider } from "@partner-apis/contract-core";
import { pendingBumps } from "./changesets.mjs";
import { diffSpecs } from "./diff-spec.mjs";

/**
 * Checks every provider (or the ones named) under `root` and returns one result per provider:
 * `{ provider, pkg, status, released?, breaking, compatible, changesets }`, where status is
 * "first-release", "unchanged", "compatible", "acknowledged" (breaking, with a major changeset) or "breaking".
 */
export async function checkBreaking({ root, providers } = {}) {
  const registry = discoverProviders(join(root, "specs"));
  const names = providers?.length ? providers : registry.map((entry) => entry.id).sort();
  const bumps = await pendingBumps(root);
  const results = [];
  for (const provider of names) {
    const pkg = findProvider(registry, provider).client.package;
    const current = await readJson(join(root, "specs", provider, "dist", "openapi.json"));
    if (!current) {
      throw new Error(`specs/${provider}/dist/openapi.json is missing: bundle the spec first (pnpm turbo run bundle)`);
    }
    const released = await readJson(join(root, "specs", provider, "released", "openapi.json"));
    const release = await readJson(join(root, "specs", provider, "released", "release.json"));
    const pending = bumps.get(pkg);
    const base = { provider, pkg, released: release?.version, pending, breaking: [], compatible: [] };
    if (!released) {
      results.push({ ...base, status: "first-release" });
      continue;
    }
    const { breaking, compatible } = diffSpecs(released, current);
    let status = "unchanged";
    if (breaking.length) status = pending?.bump === "major" ? "acknowledged" : "breaking";
    else if (compatible.length) status = "compatible";
    results.push({ ...base, status, breaking, compatible });
  }
  return results;
}

async function readJson(path) {
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: expected JSON, ${error.message}`);
  }
}

/** Groups the same change to a shared schema, reported once per operation that uses it. */
export function groupChanges(changes) {
  const groups = new Map();
  for (const change of changes) {
    const key = `${change.rule}|${change.schema ?? change.where}|${change.message}`;
    const group = groups.get(key) ?? { ...change, places: [] };
    group.places.push(change.where);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Human-readable report of `results`; the second value says whether the check passed. */
export function formatResults(results) {
  const lines = [];
  const since = (result) => (result.released ? ` since ${result.pkg}@${result.released}` : "");
  for (const result of results) {
    const { provider, pkg, status, pending } = result;
    if (status === "first-release") {
      lines.push(
        `✓ ${provider}: no released contract yet (specs/${provider}/released/): nothing to compare until the first release`,
      );
    } else if (status === "unchanged") {
      lines.push(`✓ ${provider}: contract unchanged${since(result)}`);
    } else if (status === "compatible") {
      lines.push(`✓ ${provider}: ${result.compatible.length} compatible change(s)${since(result)}`);
      if (!pending)
        lines.push(
          `  ⚠ no changeset for ${pkg}: add one (pnpm changeset, minor) so the next release ships these changes`,
        );
    } else {
      const groups = groupChanges(result.breaking);
      const mark = status === "acknowledged" ? "✓" : "✗";
      lines.push(`${mark} ${provider}: ${groups.length} breaking change(s)${since(result)}`);
      for (const group of groups) {
        const subject = group.schema ? `${group.schema}` : group.where;
        lines.push(`  - [${group.rule}] ${subject}: ${group.message}`);
        if (group.schema || group.places.length > 1) lines.push(`      in ${group.places.join("; ")}`);
      }
      if (status === "acknowledged") {
        lines.push(`  released as a major version by ${pending.files.join(", ")}`);
      } else {
        lines.push(
          `  Callers of ${pkg} built against the released contract break. Either keep the released behaviour,`,
          `  or record the break for a major release: pnpm changeset → ${pkg} → major, with a migration note.`,
        );
      }
    }
  }
  const passed = results.every((result) => result.status !== "breaking");
  return { text: lines.join("\n"), passed };
}

async function main(argv) {
  const args = [...argv];
  let root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const rootAt = args.indexOf("--root");
  if (rootAt !== -1) {
    root = args[rootAt + 1];
    args.splice(rootAt, 2);
  }
  const results = await checkBreaking({ root, providers: args });
  const { text, passed } = formatResults(results);
  console.log(text);
  if (!passed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`check-breaking: ${error.message}`);
    process.exitCode = 2;
  });
}
