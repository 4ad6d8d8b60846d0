// A provider the docs have never heard of (the fourth-provider fixture: its provider.json and bundle,
// nothing else) gets its reference page, its landing card, its search entries and its mock URL, with
// no edit to apps/docs: everything per provider comes from the registry.
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSite } from "./helpers/site.js";

// The fixture keeps its bundle beside provider.json (dist/ folders are not committed); the registry reads
// `<spec>/dist/openapi.json`, so the test lays the provider out that way in a folder of its own.
const FIXTURE = fileURLToPath(new URL("./fixtures/specs/acme", import.meta.url));
let specs: string;
let site: TestSite;

beforeAll(async () => {
  specs = await mkdtemp(join(tmpdir(), "docs-fourth-provider-"));
  await mkdir(join(specs, "acme", "dist"), { recursive: true });
  await cp(join(FIXTURE, "provider.json"), join(specs, "acme", "provider.json"));
  await cp(join(FIXTURE, "openapi.json"), join(specs, "acme", "dist", "openapi.json"));
  // The registry is read when the providers module loads: point it at the fixture first.
  process.env.DOCS_SPECS_DIR = specs;
  const { buildTestSite } = await import("./helpers/site.js");
  site = await buildTestSite();
});
afterAll(async () => {
  delete process.env.DOCS_SPECS_DIR;
  await site?.remove();
  await rm(specs, { recursive: true, force: true });
});

describe("a fourth provider", () => {
  it("gets its reference, its landing card and its search entries from its provider.json alone", async () => {
    const page = await readFile(join(site.outDir, "acme", "index.html"), "utf8");
    expect(page).toContain("Acme Parcels API");
    expect(page).toMatch(/<section class="pa-op" id="operation\//);
    expect(page).toContain("http://127.0.0.1:4013");
    expect(page).toContain("-u &quot;$ACME_API_KEY_ID:$ACME_API_KEY_SECRET&quot;");
    const landing = await readFile(join(site.outDir, "index.html"), "utf8");
    expect(landing).toContain('<article class="pa-card" id="acme"');
    const index = JSON.parse(await readFile(join(site.outDir, site.assets.search.en!), "utf8")) as Array<{
      url: string;
    }>;
    expect(index.some((entry) => entry.url.startsWith("acme/#operation/"))).toBe(true);
  });
});
