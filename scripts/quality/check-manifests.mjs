#!/usr/bin/env node
// Fails when a package.json pins a version the pnpm catalog holds, when two packages ask for different
// versions of one dependency, or when a package's engines.node differs from the root's.
// Usage: node scripts/quality/check-manifests.mjs
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalog, workspacePackages } from "../release/workspace.mjs";
import { manifestProblems } from "./manifest-rules.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const rootManifest = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
const manifests = [{ dir: ".", manifest: rootManifest }, ...(await workspacePackages(root))];
const problems = manifestProblems({ manifests, catalog: await catalog(root), engines: rootManifest.engines?.node });
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(
  problems.length
    ? `check-manifests: ${problems.length} problem(s)`
    : `check-manifests: ${manifests.length} manifests follow the catalog and engines ${rootManifest.engines?.node}`,
);
if (problems.length) process.exitCode = 1;
