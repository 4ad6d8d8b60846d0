#!/usr/bin/env node
// Packs every published workspace package (read from the workspace, not a hand list) with pnpm, which rewrites
// `workspace:` and `catalog:` ranges, into one folder of installable tarballs: `dist-tarballs/` by default.
// `pnpm release:pack` builds first. Usage: node scripts/release/pack.mjs [--out DIR]
import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publishedPackages } from "./workspace.mjs";

const run = promisify(execFile);
const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Pack each published package of `root` into `destination` (emptied first); returns `[{ name, dir, tarball }]`. */
export async function packWorkspace({ root = repository, destination = join(root, "dist-tarballs") } = {}) {
  await rm(destination, { recursive: true, force: true });
  await mkdir(destination, { recursive: true });
  const packed = [];
  for (const pkg of await publishedPackages(root)) {
    const { stdout } = await run("pnpm", ["pack", "--pack-destination", destination, "--json"], {
      cwd: pkg.path,
      maxBuffer: 32 << 20,
    }).catch((error) => {
      throw new Error(`pnpm pack failed in ${pkg.dir}: ${error.stderr || error.message}`);
    });
    const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
    if (!report.files.some((file) => file.path.startsWith("dist/"))) {
      throw new Error(`${pkg.dir}: the packed package has no dist/ files: build it first (pnpm turbo run build)`);
    }
    packed.push({ name: pkg.manifest.name, dir: pkg.dir, tarball: report.filename });
  }
  return packed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--out");
  const destination = at === -1 ? undefined : resolve(process.argv[at + 1]);
  const packed = await packWorkspace({ destination });
  for (const { name, tarball } of packed) console.log(`✓ ${name} → ${tarball}`);
}
