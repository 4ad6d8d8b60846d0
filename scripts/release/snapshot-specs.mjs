#!/usr/bin/env node
// Records the contract each provider package is released with: copies specs/<p>/dist/openapi.json to
// specs/<p>/released/openapi.json, with released/release.json naming the package version. Run by
// `pnpm release:version` right after `changeset version`, so the version bump and the new baseline of
// the breaking-change check land in the same commit. Only providers whose package version changed
// since their last snapshot are recorded (a spec edit without a release must stay compared with the
// contract users actually have); `--all` records every provider (first baseline).
// Usage: node scripts/release/snapshot-specs.mjs [--root DIR] [--all] [provider...]
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Writes the snapshots that are due and returns `[{ provider, pkg, version, previous }]` for each one written. */
export async function snapshotSpecs({ root, all = false, providers } = {}) {
  const names = providers?.length ? providers : await listProviders(root);
  const written = [];
  for (const provider of names) {
    const manifest = await readJson(join(root, "packages", provider, "package.json"));
    if (!manifest)
      throw new Error(`packages/${provider}/package.json is missing: expected the provider's client package`);
    const bundle = await readJson(join(root, "specs", provider, "dist", "openapi.json"));
    if (!bundle)
      throw new Error(`specs/${provider}/dist/openapi.json is missing: bundle the spec first (pnpm turbo run bundle)`);
    const releasedDir = join(root, "specs", provider, "released");
    const previous = await readJson(join(releasedDir, "release.json"));
    if (!all && previous?.version === manifest.version) continue;
    await mkdir(releasedDir, { recursive: true });
    await writeFile(join(releasedDir, "openapi.json"), `${JSON.stringify(bundle, null, 2)}\n`);
    const release = { package: manifest.name, version: manifest.version, specVersion: bundle.info?.version ?? null };
    await writeFile(join(releasedDir, "release.json"), `${JSON.stringify(release, null, 2)}\n`);
    written.push({ provider, pkg: manifest.name, version: manifest.version, previous: previous?.version });
  }
  return written;
}

async function listProviders(root) {
  const entries = await readdir(join(root, "specs"), { withFileTypes: true }).catch(() => []);
  const providers = [];
  for (const entry of entries) {
    const hasSpec = await readJson(join(root, "specs", entry.name, "package.json"));
    const hasClient = await readJson(join(root, "packages", entry.name, "package.json"));
    if (entry.isDirectory() && hasSpec && hasClient) providers.push(entry.name);
  }
  return providers.sort();
}

async function readJson(path) {
  const text = await readFile(path, "utf8").catch(() => null);
  return text === null ? null : JSON.parse(text);
}

async function main(argv) {
  const args = [...argv];
  let root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const rootAt = args.indexOf("--root");
  if (rootAt !== -1) {
    root = args[rootAt + 1];
    args.splice(rootAt, 2);
  }
  const all = args.includes("--all");
  const written = await snapshotSpecs({ root, all, providers: args.filter((arg) => arg !== "--all") });
  for (const { provider, pkg, version, previous } of written) {
    console.log(`snapshot: specs/${provider}/released ← ${pkg}@${version}${previous ? ` (was ${previous})` : ""}`);
  }
  if (written.length === 0) console.log("snapshot: no package version changed; released contracts kept");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`snapshot-specs: ${error.message}`);
    process.exitCode = 1;
  });
}
