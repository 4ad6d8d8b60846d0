import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { discoverProviders, findProvider, findSpecsDir, ProviderManifestError } from "../src/index.js";
import { manifest, tempSpecs } from "./helpers/temp-specs.js";

const repoSpecs = fileURLToPath(new URL("../../../specs", import.meta.url));

describe("discoverProviders", () => {
  it("reads the repository's specs, sorted by mock port, with their spec packages and bundle paths", () => {
    const providers = discoverProviders(repoSpecs);
    expect(providers.length).toBeGreaterThanOrEqual(3);
    const ports = providers.map((provider) => provider.mockPort);
    expect(ports).toEqual([...ports].sort((a, b) => a - b));
    for (const provider of providers) {
      expect(provider.specDir).toBe(join(repoSpecs, provider.id));
      expect(provider.bundlePath).toBe(join(repoSpecs, provider.id, "dist", "openapi.json"));
      expect(provider.manifestPath).toBe(join(repoSpecs, provider.id, "provider.json"));
      expect(provider.specPackage).toBe(`@partner-apis/spec-${provider.id}`);
    }
  });

  it("finds the specs directory from a folder below the repository root", () => {
    expect(findSpecsDir(fileURLToPath(new URL(".", import.meta.url)))).toBe(repoSpecs);
    expect(discoverProviders().map((provider) => provider.id)).toEqual(
      discoverProviders(repoSpecs).map((provider) => provider.id),
    );
  });

  it("reads a shipped copy: manifest and bundle only, no package.json", () => {
    const dir = tempSpecs({
      zeta: { manifest: manifest("zeta", { mockPort: 5002 }), files: { "dist/openapi.json": "{}" } },
      alpha: { manifest: manifest("alpha", { mockPort: 5001 }) },
      notes: { files: { "README.md": "not a provider" } },
    });
    const providers = discoverProviders(dir);
    expect(providers.map((provider) => [provider.id, provider.mockPort, provider.specPackage])).toEqual([
      ["alpha", 5001, undefined],
      ["zeta", 5002, undefined],
    ]);
  });

  it("rejects two providers on one port, naming both manifests", () => {
    const dir = tempSpecs({ one: { manifest: manifest("one") }, two: { manifest: manifest("two") } });
    expect(() => discoverProviders(dir)).toThrow(
      `${join(dir, "two", "provider.json")}: mockPort: expected a value no other provider uses, found 4100, already taken by ${join(dir, "one", "provider.json")}`,
    );
  });

  it("reports every broken manifest at once, and a spec without one", () => {
    const dir = tempSpecs({
      bad: { manifest: "{ not json" },
      wrong: { manifest: manifest("right", { mockPort: 5003 }) },
      bare: { files: { "openapi.yaml": "openapi: 3.1.0" } },
    });
    let problems: readonly string[] = [];
    try {
      discoverProviders(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(ProviderManifestError);
      problems = (error as ProviderManifestError).problems;
    }
    expect(problems).toHaveLength(3);
    expect(problems).toContain(
      `${join(dir, "bare", "provider.json")}: expected a provider manifest beside ${join(dir, "bare", "openapi.yaml")}, found none`,
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/bad\/provider\.json: expected valid JSON, found a syntax error/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/wrong\/provider\.json: id: expected "wrong"/));
  });

  it("fails on a directory without providers", () => {
    expect(() => discoverProviders(tempSpecs({}))).toThrow(/expected .*\/<id>\/provider\.json, found none/);
  });
});

describe("findProvider", () => {
  it("returns the provider or throws naming the known ids", () => {
    const dir = tempSpecs({
      one: { manifest: manifest("one", { mockPort: 5001 }) },
      two: { manifest: manifest("two") },
    });
    const providers = discoverProviders(dir);
    expect(findProvider(providers, "two").mockPort).toBe(4100);
    expect(() => findProvider(providers, "three")).toThrow('Unknown provider "three": expected one of two, one');
  });
});
