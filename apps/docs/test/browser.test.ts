// The built site in a real Chromium (the run's one browser, see helpers/global-setup.ts): every page
// clean and offline, every operation rendered, axe-core clean, no overflow at 390 px, dark mode,
// search across every API, deep links, EN⇄FR keeping the anchor, badges readable.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../src/app-root.js";
import { loadBundle } from "../src/bundles.js";
import { listOperations } from "../src/openapi.js";
import { PROVIDERS } from "../src/providers.js";
import { LANDING, referenceLocations } from "../src/site-map.js";
import type { Problems } from "./helpers/browser.js";
import { axeViolations, horizontalOverflow, SiteBrowser } from "./helpers/browser.js";

const RESULTS_DIR = join(APP_ROOT, "test-results");
const PAGES = [LANDING.dir, ...referenceLocations().map((l) => l.dir)];

let site: SiteBrowser | undefined;
beforeAll(async () => {
  site = await SiteBrowser.connect();
  if (!site) console.warn("!! apps/docs browser tests SKIPPED: no Chromium on this machine (apt-get install chromium)");
  await mkdir(RESULTS_DIR, { recursive: true });
});
afterAll(() => site?.close());

function expectClean(problems: Problems, where: string): void {
  expect(problems.externalRequests, `${where}: requests leaving the loopback host`).toEqual([]);
  expect(problems.pageErrors, `${where}: uncaught errors`).toEqual([]);
  expect(problems.consoleErrors, `${where}: console errors`).toEqual([]);
  expect(problems.failedRequests, `${where}: failed requests`).toEqual([]);
}

const name = (dir: string) => (dir === "" ? "landing" : dir.replace(/\/$/, "").replace(/\//g, "-"));

describe("docs site in Chromium", () => {
  it.each(PAGES)("page /%s loads clean, offline, with no serious axe violation", async (dir) => {
    if (!site) return;
    const { page, problems } = await site.open(dir);
    expect(await axeViolations(page), `axe on /${dir}`).toEqual([]);
    await page.screenshot({ path: join(RESULTS_DIR, `${name(dir)}.png`) });
    expectClean(problems, `/${dir}`);
  });

  it.each(PAGES)("page /%s has no horizontal overflow at 390 px and keeps axe clean there", async (dir) => {
    if (!site) return;
    const { page, problems } = await site.open(dir, { width: 390, height: 844 });
    expect(await horizontalOverflow(page), `/${dir} at 390 px`).toBe(0);
    expect(await axeViolations(page), `axe on /${dir} at 390 px`).toEqual([]);
    await page.screenshot({ path: join(RESULTS_DIR, `${name(dir)}-390.png`) });
    expectClean(problems, `/${dir} at 390 px`);
  });

  it("renders every operation of each bundle, each with its TypeScript and curl samples", async () => {
    if (!site) return;
    for (const location of referenceLocations()) {
      const bundle = await loadBundle(location.provider);
      const expected = listOperations(bundle)
        .map((o) => String(o.operation.operationId))
        .sort();
      const { page } = await site.open(location.dir);
      const rendered = await page.$$eval(".pa-op", (nodes) =>
        nodes.map((n) => n.getAttribute("data-operation-id")!).sort(),
      );
      expect(rendered, location.dir).toEqual(expected);
      const samples = await page.$$eval(".pa-op", (nodes) =>
        nodes.map((n) => [...n.querySelectorAll(".pa-sample")].map((s) => s.getAttribute("data-lang")).join(",")),
      );
      for (const s of samples) expect(s).toMatch(/^ts(,ts)*,sh$/);
    }
  });

  it("lands a deep link on its operation, visible, with the full path unclipped and the sample beside it", async () => {
    if (!site) return;
    const { page } = await site.open("seyna/#operation/upsertContract");
    const section = page.locator('[id="operation/upsertContract"]');
    await expect
      .poll(() => section.evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 30_000 })
      .toBeLessThan(120);
    const path = section.locator(".pa-op-path code");
    expect(await path.textContent()).toBe("/portfolios/{portfolio_id}/contracts/{contract_id}");
    expect(await path.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const [text, side] = await Promise.all([
      section.locator(".pa-op-text").boundingBox(),
      section.locator(".pa-op-side").boundingBox(),
    ]);
    expect(side!.x, "samples column on the right of the text").toBeGreaterThan(text!.x + text!.width - 1);
    // The TypeScript sample's path line is wrapped, never cut.
    const sample = section.locator('.pa-sample[data-lang="ts"] code').first();
    expect(await sample.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
  });

  it("keeps the samples beside a long operation while the reader scrolls through it", async () => {
    if (!site) return;
    const { page } = await site.open("coanda/#operation/createPremiaSession");
    const section = page.locator('[id="operation/createPremiaSession"]');
    const height = await section.evaluate((el) => el.getBoundingClientRect().height);
    await page.evaluate((dy) => window.scrollBy(0, dy), Math.min(height - 950, 1500));
    const side = await section.locator(".pa-op-side-inner").evaluate((el) => el.getBoundingClientRect().top);
    expect(side, "sticky samples stay in view").toBeGreaterThanOrEqual(0);
    expect(side).toBeLessThan(120);
  });

  it("shows numbers in examples as numbers", async () => {
    if (!site) return;
    const { page } = await site.open("premiums/#operation/executeSeance");
    const sample = await page.locator('[id="operation/executeSeance"] .pa-example .pa-json').first().textContent();
    expect(sample).toMatch(/"seance_duration": \d+(\.\d+)?[,\n]/);
  });

  it("shows inferred badges readable (not clipped) in the sidebar and headings, with their reason", async () => {
    if (!site) return;
    const { page } = await site.open("seyna/");
    const badges = page.locator(".pa-sidebar .pa-inferred-badge");
    expect(await badges.count()).toBeGreaterThan(0);
    const clipped = await badges.evaluateAll((nodes) => nodes.filter((n) => n.scrollWidth > n.clientWidth + 1).length);
    expect(clipped).toBe(0);
    expect(await page.locator(".pa-op .pa-inferred").first().textContent()).toMatch(
      /Not documented by the provider\..*[Ii]nferr/s,
    );
  });

  it("titles Coanda's page from its spec, with no '(1)' and French interface text on the French page", async () => {
    if (!site) return;
    const { page } = await site.open("coanda/fr/");
    expect(await page.locator("h1").textContent()).not.toContain("(1)");
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("Paramètres");
    expect(text).toContain("Réponses");
    expect(text).toContain("obligatoire");
    for (const english of ["Request body", "Responses", "Parameters", "required", "Request samples"]) {
      expect(text.includes(english), `"${english}" on the French page`).toBe(false);
    }
    expect(await page.locator(".pa-try-open").first().textContent()).toBe("Essayer");
  });

  it("switches EN ⇄ FR keeping the reader's #anchor", async () => {
    if (!site) return;
    const { page } = await site.open("coanda/#operation/createPremiaSession");
    await page.locator(".pa-lang-link").click();
    await page.waitForURL(/\/coanda\/fr\/#operation\/createPremiaSession$/);
    await page.locator(".pa-lang-link").click();
    await page.waitForURL(/\/coanda\/#operation\/createPremiaSession$/);
  });

  it("follows the system's dark preference, toggles and remembers the theme; saves a dark screenshot", async () => {
    if (!site) return;
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const { page } = await site.open("premiums/#operation/executeSeance", { colorScheme: "dark" });
    expect(await background(page)).toBe("rgb(11, 17, 32)");
    await page.screenshot({ path: join(RESULTS_DIR, "premiums-dark.png") });
    await page.locator(".pa-theme-toggle").click();
    expect(await background(page)).toBe("rgb(255, 255, 255)");
    await page.reload();
    await page.waitForSelector("body[data-rendered]");
    expect(await background(page), "the choice survives a reload").toBe("rgb(255, 255, 255)");
    expect(await axeViolations(page)).toEqual([]);
    const dark = await site.open("seyna/", { colorScheme: "dark" });
    expect(await axeViolations(dark.page), "axe in dark mode").toEqual([]);
  });

  it("has a skip link and a visible focus ring", async () => {
    if (!site) return;
    const { page } = await site.open("seyna/");
    await page.keyboard.press("Tab");
    const skip = page.locator(".pa-skip");
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
  });
});

describe("search across every API (Ctrl/Cmd-K)", () => {
  async function searchFor(page: Page, query: string): Promise<string[]> {
    if (await page.locator("#pa-search").isHidden()) await page.keyboard.press("Control+k");
    await page.locator("#pa-search-input").fill(query);
    await page.waitForFunction(() => document.querySelectorAll("#pa-search-results li").length > 0, undefined, {
      timeout: 30_000,
    });
    return page.$$eval("#pa-search-results .pa-hit-title", (nodes) => nodes.map((n) => n.textContent ?? ""));
  }

  it("puts an exact operation title first, and Enter opens it, on another API's page too", async () => {
    if (!site) return;
    const { page, problems } = await site.open("seyna/");
    expect((await searchFor(page, "Execute a seance."))[0]).toBe("Execute a seance.");
    expect((await searchFor(page, "List portfolio contracts"))[0]).toBe("List portfolio contracts");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/seyna\/#operation\/listContracts$/);
    await searchFor(page, "Execute a seance");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/premiums\/#operation\/executeSeance$/);
    await expect.poll(() => page.locator('[id="operation/executeSeance"]').isVisible()).toBe(true);
    expectClean(problems, "search");
  });

  it("finds by operationId, by path and despite one typo, operations before schemas", async () => {
    if (!site) return;
    const { page } = await site.open("");
    const byId = await searchFor(page, "upsertContract");
    expect(byId[0]).toBe("Create or update a contract");
    const byPath = await searchFor(page, "/v2/seance/cancel");
    expect(byPath[0]).toMatch(/^Cancels a seance/);
    expect(await axeViolations(page), "axe with the search dialog open").toEqual([]);
    const typo = await searchFor(page, "seanse");
    expect(typo.length).toBeGreaterThan(0);
    const kinds = await page.$$eval("#pa-search-results li a > span:first-child", (nodes) =>
      nodes.map((n) => n.className),
    );
    expect(kinds[0]).toMatch(/pa-method/);
    const firstSchema = kinds.indexOf("pa-kind");
    const lastOperation = kinds.map((k) => k.startsWith("pa-method")).lastIndexOf(true);
    if (firstSchema >= 0) expect(lastOperation).toBeLessThan(firstSchema);
  });

  it("covers every registry provider", async () => {
    if (!site) return;
    const { page } = await site.open("");
    for (const p of PROVIDERS) {
      const bundle = await loadBundle(p);
      const op = listOperations(bundle)[0]!;
      const results = await searchFor(page, String(op.operation.operationId));
      expect(results.length, p.id).toBeGreaterThan(0);
    }
  });
});
