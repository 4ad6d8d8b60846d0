import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../check-packages.mjs", import.meta.url));
let root;

async function write(path, text) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}

/** A small ESM-only package the way ours are laid out, with `overrides` merged into its manifest. */
async function pkg(dir, name, overrides = {}, files = {}) {
  const manifest = {
    name,
    version: "1.0.0",
    license: "MIT",
    type: "module",
    exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js" }, "./package.json": "./package.json" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist"],
    engines: { node: ">=20.19" },
    ...overrides,
  };
  await write(`${dir}/package.json`, JSON.stringify(manifest, null, 2));
  const all = {
    "README.md": `# ${name}\n`,
    LICENSE: "MIT\n",
    "dist/index.js": "export const answer = 42;\n",
    "dist/index.d.ts": "export declare const answer: number;\n",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) if (text !== null) await write(`${dir}/${path}`, text);
}

async function check(...names) {
  return run(process.execPath, [cli, "--root", root, ...names], { timeout: 60_000 }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "check-packages-"));
  await write("package.json", JSON.stringify({ name: "fixture-root", private: true, engines: { node: ">=20.19" } }));
  await write("pnpm-workspace.yaml", "packages:\n  - packages/*\n  - specs/*\n");
  await write(
    "specs/contract/package.json",
    JSON.stringify({ name: "@fx/spec-contract", version: "0.0.0", private: true }),
  );
  await pkg("packages/good", "@fx/good");
  await pkg(
    "packages/broken",
    "@fx/broken",
    { dependencies: { "@fx/spec-contract": "0.0.0" }, engines: { node: ">=18" } },
    { "README.md": null, "dist/index.d.ts": null },
  );
  // Types that TypeScript reads as CommonJS in front of an ESM implementation ("masquerading as CJS").
  await pkg(
    "packages/cjs-types",
    "@fx/cjs-types",
    { exports: { ".": { types: "./dist/index.d.cts", import: "./dist/index.js" } }, types: "./dist/index.d.cts" },
    { "dist/index.d.ts": null, "dist/index.d.cts": "export declare const answer: number;\n" },
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("check-packages", () => {
  it("passes a well-formed ESM-only package (publint, attw esm-only, packed manifest)", async () => {
    const { code, stdout } = await check("@fx/good");
    expect(stdout).toMatch(/✓ @fx\/good@1\.0\.0 \([\d.]+ kB packed, \d+ files\)/);
    expect(stdout).toContain("check-packages: 1 packages ready to publish");
    expect(code).toBe(0);
  }, 60_000);

  it("fails a package whose types are missing, that depends on a private package and lacks a README", async () => {
    const { code, stdout } = await check("@fx/broken");
    expect(code).toBe(1);
    expect(stdout).toContain("✗ @fx/broken@1.0.0");
    expect(stdout).toContain('publint: pkg.exports["."].types is ./dist/index.d.ts but the file does not exist.');
    expect(stdout).toContain("attw (esm-only):\n    the package contains no type declarations");
    expect(stdout).toContain("dependencies.@fx/spec-contract is a private workspace package that is never published");
    expect(stdout).toContain("README.md is not in the package");
    expect(stdout).toContain('engines.node is ">=18": expected ">=20.19"');
    expect(stdout).toContain("check-packages: 1 of 1 packages fail");
  }, 60_000);

  it("fails a package attw finds wrong under node16 ESM resolution", async () => {
    const { code, stdout } = await check("@fx/cjs-types");
    expect(code).toBe(1);
    expect(stdout).toContain("attw (esm-only):");
    expect(stdout).toContain("Masquerading as CJS");
  }, 60_000);

  it("names the published packages when asked for one that is not", async () => {
    const { code, stderr } = await check("@fx/nope");
    expect(code).toBe(2);
    expect(stderr).toContain("expected published package names (@fx/broken, @fx/cjs-types, @fx/good), found @fx/nope");
  });
});
