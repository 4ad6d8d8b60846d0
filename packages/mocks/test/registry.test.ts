import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverProviders, findProvider, mockedProviders, SPECS_DIR_ENV, specsDirectory } from "../src/registry.js";
import { startMock } from "../src/start-mock.js";
import { createMockSetup } from "../src/vitest-setup.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/pets.json", import.meta.url));

/** A specs directory holding one more provider than the registry: a fourth one, declared by its manifest alone. */
function specsWithPets(): string {
  const dir = mkdtempSync(join(tmpdir(), "mocks-registry-"));
  for (const provider of mockedProviders()) {
    mkdirSync(join(dir, provider.id, "dist"), { recursive: true });
    cpSync(join(provider.specDir, "provider.json"), join(dir, provider.id, "provider.json"));
    cpSync(provider.bundlePath, join(dir, provider.id, "dist", "openapi.json"));
  }
  const template = JSON.parse(readFileSync(join(mockedProviders()[0]!.specDir, "provider.json"), "utf8"));
  mkdirSync(join(dir, "pets", "dist"), { recursive: true });
  writeFileSync(
    join(dir, "pets", "provider.json"),
    JSON.stringify({
      ...template,
      id: "pets",
      name: { en: "Pets" },
      mockPort: 4090,
      client: { ...template.client, package: "@example/pets" },
    }),
  );
  cpSync(FIXTURE, join(dir, "pets", "dist", "openapi.json"));
  return dir;
}

describe("the registry drives the mocks", () => {
  let dir: string;
  beforeAll(() => {
    dir = specsWithPets();
    process.env[SPECS_DIR_ENV] = dir;
  });
  afterAll(() => {
    delete process.env[SPECS_DIR_ENV];
    rmSync(dir, { recursive: true, force: true });
  });

  it("discovers every provider declared by a provider.json, sorted by mock port, and names the known ids", () => {
    expect(specsDirectory()).toBe(dir);
    const ids = discoverProviders(dir).map((provider) => provider.id);
    expect(ids.at(-1)).toBe("pets");
    expect(() => findProvider(discoverProviders(dir), "nope")).toThrow(/expected one of .*pets/);
  });

  it("serves a fourth provider with no code: its own errors shape, its own port", async () => {
    const mock = await startMock("pets", { port: 0 });
    try {
      const answer = await fetch(`${mock.url}/pets`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"name":1}',
      });
      expect(answer.status).toBe(422);
      expect(await answer.text()).toContain("body.name expected type string");
    } finally {
      await mock.stop();
    }
  });

  it("the vitest setup starts the fourth provider too, on a free port rather than its fixed one", async () => {
    const provided = new Map<string, unknown>();
    const teardown = await createMockSetup()({ provide: (key, value) => provided.set(key, value) });
    try {
      const url = String(provided.get("petsMockUrl"));
      expect(new URL(url).port).not.toBe("4090");
      expect(
        (
          await fetch(`${url}/pets`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: '{"name":"Rex"}',
          })
        ).status,
      ).toBe(201);
    } finally {
      await teardown();
    }
  });
});
