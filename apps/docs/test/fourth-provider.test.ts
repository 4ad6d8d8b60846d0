// A provider the docs have never heard of (the fourth-provider fixture: its provider.json and bundle,
// nothing else) gets its reference page, its landing card, its search entries and its mock URL, with
// no edit to apps/docs: everything per provider comes from the registry.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSite } from "./helpers/site.js";

const SPECS = fileURLToPath(new URL("./fixtures/specs", import.meta.url));
let site: TestSite;

beforeAll(async () => {
  // The registry is read when the providers module loads: point it at the fixture first.
  process.env.DOCS_SPECS_DIR = SPECS;
  const { buildTestSite } = await import("./helpers/site.js");
  site = await buildTestSite();
});
afterAll(async () => {
  delete process.env.DOCS_SPECS_DIR;
  await site?.remove();
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
