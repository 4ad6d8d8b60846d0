import { describe, expect, it } from "vitest";
import { packedManifestProblems } from "../packed-manifest.mjs";

const engines = ">=20.19";
const privateNames = new Set(["@x/spec-a"]);
const good = {
  name: "@x/mocks",
  version: "1.0.0",
  license: "MIT",
  engines: { node: engines },
  bin: { "x-mocks": "./dist/cli.js" },
  dependencies: { "@x/runtime": "^1.0.0" },
};
const files = ["package.json", "README.md", "LICENSE", "dist/index.js", "dist/cli.js"];

describe("packedManifestProblems", () => {
  it("passes a package as users should receive it", () => {
    const problems = packedManifestProblems({
      manifest: good,
      files,
      binHeads: { "dist/cli.js": "#!/usr/bin/env node" },
      privateNames,
      engines,
    });
    expect(problems).toEqual([]);
  });

  it("names leftover workspace ranges and private dependencies", () => {
    const manifest = { ...good, dependencies: { "@x/runtime": "workspace:^", "@x/spec-a": "0.0.0", ajv: "catalog:" } };
    const messages = packedManifestProblems({
      manifest,
      files,
      binHeads: { "dist/cli.js": "#!/usr/bin/env node" },
      privateNames,
      engines,
    }).map((problem) => problem.message);
    expect(messages).toEqual([
      'dependencies.@x/runtime is "workspace:^" in the packed package.json: expected a semver range (pack with pnpm, which rewrites it)',
      "dependencies.@x/spec-a is a private workspace package that is never published: users cannot install it (move it to devDependencies and ship what is needed in dist)",
      'dependencies.ajv is "catalog:" in the packed package.json: expected a semver range (pack with pnpm, which rewrites it)',
    ]);
  });

  it("names a missing README, LICENSE, engines and bin file", () => {
    const manifest = { ...good, engines: undefined, bin: { a: "./dist/cli.js", b: "./dist/missing.js" } };
    const problems = packedManifestProblems({
      manifest,
      files: ["dist/cli.js"],
      binHeads: { "dist/cli.js": "import x from 'y';" },
      privateNames,
      engines,
    });
    expect(problems).toEqual([
      {
        type: "error",
        message: 'engines.node is undefined: expected ">=20.19", the range the repository supports and tests',
      },
      { type: "error", message: "README.md is not in the package: npm shows it as the package's page" },
      { type: "warning", message: "license is MIT but no LICENSE file is packed" },
      { type: "error", message: "bin.a (./dist/cli.js) does not start with a #! line: npm cannot run it" },
      { type: "error", message: "bin.b points at ./dist/missing.js, which is not in the package" },
    ]);
  });
});
