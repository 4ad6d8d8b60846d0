import { describe, expect, it } from "vitest";
import { manifestProblems } from "../manifest-rules.mjs";

const catalog = { vitest: "5.1.1", "openapi-fetch": "0.17.0" };
const engines = ">=20.19";
const pkg = (name, extra = {}) => ({ name, version: "0.1.0", engines: { node: engines }, ...extra });

describe("manifestProblems", () => {
  it("accepts catalog references, workspace links and matching engines", () => {
    const manifests = [
      { dir: ".", manifest: { name: "root", private: true, devDependencies: { vitest: "catalog:" } } },
      {
        dir: "packages/a",
        manifest: pkg("@x/a", { dependencies: { "openapi-fetch": "catalog:", "@x/b": "workspace:^" } }),
      },
      { dir: "packages/b", manifest: pkg("@x/b", { peerDependencies: { vitest: ">=2" } }) },
      { dir: "specs/s", manifest: { name: "@x/spec", private: true } },
    ];
    expect(manifestProblems({ manifests, catalog, engines })).toEqual([]);
  });

  it("names a pinned version the catalog holds, and a catalog reference the catalog lacks", () => {
    const manifests = [
      { dir: "packages/a", manifest: pkg("@x/a", { devDependencies: { vitest: "^5.0.0", left: "catalog:" } }) },
    ];
    expect(manifestProblems({ manifests, catalog, engines })).toEqual([
      'packages/a/package.json: devDependencies.vitest pins "^5.0.0"; expected "catalog:" (the catalog holds 5.1.1)',
      `packages/a/package.json: devDependencies.left is "catalog:" but pnpm-workspace.yaml's catalog has no left`,
    ]);
  });

  it("names a dependency asked for with two ranges outside the catalog", () => {
    const manifests = [
      { dir: "packages/a", manifest: pkg("@x/a", { dependencies: { undici: "^7.0.0" } }) },
      { dir: "packages/b", manifest: pkg("@x/b", { devDependencies: { undici: "^6.0.0" } }) },
    ];
    expect(manifestProblems({ manifests, catalog, engines })).toEqual([
      "undici has 2 different ranges (packages/a/package.json ^7.0.0, packages/b/package.json ^6.0.0): expected one, from the catalog",
    ]);
  });

  it("requires the root's engines.node on published packages, and on private ones that set it", () => {
    const manifests = [
      { dir: "packages/a", manifest: { name: "@x/a", version: "1.0.0" } },
      { dir: "packages/b", manifest: pkg("@x/b", { engines: { node: ">=18" } }) },
      { dir: "apps/docs", manifest: { name: "@x/docs", private: true } },
      { dir: "apps/site", manifest: { name: "@x/site", private: true, engines: { node: ">=22" } } },
    ];
    expect(manifestProblems({ manifests, catalog, engines })).toEqual([
      'packages/a/package.json: engines.node is undefined; expected ">=20.19" like the root package.json',
      'packages/b/package.json: engines.node is ">=18"; expected ">=20.19" like the root package.json',
      'apps/site/package.json: engines.node is ">=22"; expected ">=20.19" like the root package.json',
    ]);
  });
});
