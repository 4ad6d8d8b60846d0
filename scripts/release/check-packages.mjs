#!/usr/bin/env node
// Checks every published workspace package as users will receive it: packs it with pnpm (which
// rewrites workspace: and catalog: ranges), then runs publint and attw on the tarball, and checks the
// packed manifest (no private dependency, engines, README, bin files). Run after the build.
//
// attw runs with `--profile esm-only`: the packages ship ESM only (`type: module`); their `exports` use a
// `default` condition, so Node >= 20.19 `require()`s them (require(esm), no top-level await in the graph) —
// which attw's CommonJS modes do not model. The consumer test (scripts/release/test/consumer.test.mjs) proves
// `require()` and a `.cts` consumer for real.
// Usage: node scripts/release/check-packages.mjs [--root DIR] [package name...]
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { packedManifestProblems } from "./packed-manifest.mjs";
import { workspacePackages } from "./workspace.mjs";

const run = promisify(execFile);
const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const attwBin = join(repository, "node_modules", ".bin", "attw");

async function main(argv) {
  const args = [...argv];
  let root = repository;
  const rootAt = args.indexOf("--root");
  if (rootAt !== -1) {
    root = resolve(args[rootAt + 1]);
    args.splice(rootAt, 2);
  }
  const names = args;
  const workspace = await workspacePackages(root);
  const privateNames = new Set(workspace.filter((pkg) => pkg.manifest.private).map((pkg) => pkg.manifest.name));
  const engines = JSON.parse(await readFile(join(root, "package.json"), "utf8")).engines?.node;
  const targets = workspace.filter(
    (pkg) => !pkg.manifest.private && (names.length === 0 || names.includes(pkg.manifest.name)),
  );
  if (names.length && targets.length !== names.length) {
    const known = workspace.filter((pkg) => !pkg.manifest.private).map((pkg) => pkg.manifest.name);
    throw new Error(`expected published package names (${known.join(", ")}), found ${names.join(", ")}`);
  }
  const scratch = await mkdtemp(join(tmpdir(), "check-packages-"));
  let failed = 0;
  try {
    for (const pkg of targets) {
      const problems = await checkPackage(pkg, { scratch, privateNames, engines }).catch((error) => {
        console.log(`✗ ${pkg.manifest.name}\n  error: ${error.message}`);
        return [{ type: "error" }];
      });
      failed += problems.some((problem) => problem.type === "error") ? 1 : 0;
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  console.log(
    failed
      ? `check-packages: ${failed} of ${targets.length} packages fail`
      : `check-packages: ${targets.length} packages ready to publish`,
  );
  if (failed) process.exitCode = 1;
}

async function checkPackage(pkg, { scratch, privateNames, engines }) {
  const { name } = pkg.manifest;
  const packed = await pack(pkg, scratch);
  const problems = [];

  const bytes = await readFile(packed.tarball);
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const lint = await publint({ pack: { tarball }, level: "suggestion" });
  for (const message of lint.messages) {
    const text = `publint: ${formatMessage(message, lint.pkg, { color: false })}`;
    problems.push({ type: message.type === "suggestion" ? "note" : "error", message: text });
  }

  const types = await attw(packed.tarball);
  if (!types.ok) problems.push({ type: "error", message: `attw (esm-only):\n${types.output}` });

  const manifest = JSON.parse(await readTarFile(packed.tarball, "package/package.json"));
  const binHeads = {};
  const bins = typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {});
  for (const target of bins) {
    const path = target.replace(/^\.\//, "");
    if (packed.files.includes(path))
      binHeads[path] = (await readTarFile(packed.tarball, `package/${path}`)).split("\n", 1)[0];
  }
  problems.push(...packedManifestProblems({ manifest, files: packed.files, binHeads, privateNames, engines }));

  const failed = problems.some((problem) => problem.type === "error");
  const size = `${(packed.bytes / 1024).toFixed(1)} kB packed, ${packed.files.length} files`;
  console.log(`${failed ? "✗" : "✓"} ${name}@${manifest.version} (${size})`);
  for (const problem of problems) console.log(`  ${problem.type}: ${problem.message.replaceAll("\n", "\n    ")}`);
  return problems;
}

/** Packs with pnpm into `scratch`; returns the tarball path, its size and the files in it. */
async function pack(pkg, scratch) {
  const { stdout } = await run("pnpm", ["pack", "--pack-destination", scratch, "--json"], {
    cwd: pkg.path,
    maxBuffer: 32 << 20,
  }).catch((error) => {
    throw new Error(`pnpm pack failed in ${pkg.dir}: ${error.stderr || error.message}`);
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
  const files = report.files.map((file) => file.path);
  if (!files.some((file) => file.startsWith("dist/"))) {
    throw new Error(`${pkg.dir}: the packed package has no dist/ files: build it first (pnpm turbo run build)`);
  }
  return { tarball: report.filename, bytes: (await stat(report.filename)).size, files };
}

async function attw(tarball) {
  try {
    const { stdout } = await run(
      attwBin,
      [tarball, "--profile", "esm-only", "--format", "table-flipped", "--no-color", "--no-emoji"],
      { maxBuffer: 8 << 20 },
    );
    // attw passes a package without any declaration file; a typed client without types is broken.
    if (stdout.includes("does not contain types")) {
      return { ok: false, output: "the package contains no type declarations" };
    }
    return { ok: true };
  } catch (error) {
    if (error.code === "ENOENT") throw new Error(`attw is not installed (${attwBin}): run pnpm install`);
    return { ok: false, output: `${error.stdout ?? ""}${error.stderr ?? ""}`.trim() };
  }
}

async function readTarFile(tarball, path) {
  const { stdout } = await run("tar", ["-xzOf", tarball, path], { maxBuffer: 32 << 20 });
  return stdout;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`check-packages: ${error.message}`);
    process.exitCode = 2;
  });
}
