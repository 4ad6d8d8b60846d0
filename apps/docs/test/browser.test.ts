// The site in a real Chromium: every page loads cleanly and offline, each reference renders every
// operation of its bundle, search and deep links work, samples and inference marks are visible.
// Screenshots go to apps/docs/test-results/ (git-ignored).
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../src/app-root.js";
import { loadBundle } from "../src/bundles.js";
import type { RunningChromium } from "../src/chromium.js";
import { chromiumCandidates, findChromium, launchChromium } from "../src/chromium.js";
import type { JsonObject, OpenApiDocument, OperationRef } from "../src/openapi.js";
import { listOperations } from "../src/openapi.js";
import type { ProviderId } from "../src/providers.js";
import { PROVIDERS, provider } from "../src/providers.js";
import type { RunningServer } from "../src/serve.js";
import { serveStatic } from "../src/serve.js";
import type { ReferenceLocation } from "../src/site-map.js";
import { referenceLocations } from "../src/site-map.js";
import type { TestSite } from "./helpers/site.js";
import { buildTestSite } from "./helpers/site.js";

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.warn(
    [
      "",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "!! apps/docs browser tests SKIPPED: no Chromium on this machine.",
      `!! Looked for: ${chromiumCandidates().join(", ")}`,
      "!! Install Debian's: apt-get update && apt-get install -y chromium",
      "!! (or set CHROMIUM_PATH). Never download a browser with playwright.",
      "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
      "",
    ].join("\n"),
  );
}
const suite = chromiumPath ? describe : describe.skip;

const RESULTS_DIR = join(APP_ROOT, "test-results");
const REFERENCES = referenceLocations();

interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
}

suite("docs site in Chromium", () => {
  let site: TestSite;
  let server: RunningServer;
  let browser: RunningChromium;
  const bundles = new Map<ProviderId, OpenApiDocument>();

  beforeAll(async () => {
    for (const p of PROVIDERS) bundles.set(p.id, await loadBundle(p));
    site = await buildTestSite();
    server = await serveStatic(site.outDir);
    browser = await launchChromium(chromiumPath!);
    await mkdir(RESULTS_DIR, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.remove();
  });

  /** Opens a page of the site, recording every console error, failure and off-machine request. */
  async function open(path: string): Promise<{ page: Page; problems: Problems }> {
    const page = await browser.context.newPage();
    const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] };
    const origin = new URL(server.url).origin;
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      problems.externalRequests.push(url);
      return route.abort("blockedbyclient");
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => problems.pageErrors.push(error.message));
    page.on("requestfailed", (request) =>
      problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
    );
    page.on("response", (response) => {
      if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    await page.goto(new URL(path, server.url).href);
    if (path.split("#")[0] !== "") await page.waitForSelector("body[data-rendered]", { timeout: 60_000 });
    return { page, problems };
  }

  function expectClean(problems: Problems, where: string): void {
    expect(problems.externalRequests, `${where}: requests to other hosts`).toEqual([]);
    expect(problems.pageErrors, `${where}: uncaught errors`).toEqual([]);
    expect(problems.consoleErrors, `${where}: console errors`).toEqual([]);
    expect(problems.failedRequests, `${where}: failed requests`).toEqual([]);
  }

  function operationsOf(location: ReferenceLocation): OperationRef[] {
    return listOperations(bundles.get(location.provider.id)!);
  }

  function pageName(location: ReferenceLocation): string {
    return location.language === "en" ? location.provider.id : `${location.provider.id}-${location.language}`;
  }

  /** The operation ids Redoc rendered (its sections are `tag/<tag>/operation/<id>`, aliased `operation/<id>`). */
  async function renderedOperationIds(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const ids = new Set<string>();
      for (const element of document.querySelectorAll("[data-section-id]")) {
        const match = /(?:^|\/)operation\/(.+)$/.exec(element.getAttribute("data-section-id") ?? "");
        if (match) ids.add(match[1]!);
      }
      return [...ids].sort();
    });
  }

  /** The operation's section, scrolled into view through its deep link. */
  async function openOperation(location: ReferenceLocation, operationId: string) {
    const { page, problems } = await open(`${location.dir}#operation/${operationId}`);
    const section = page.locator(`[data-section-id$="operation/${operationId}"][data-section-id^="tag/"]`).first();
    await section.waitFor({ state: "attached" });
    return { page, problems, section };
  }

  it("loads the landing page cleanly, with every provider's version, mock URL and package", async () => {
    const { page, problems } = await open("");
    await page.screenshot({ path: join(RESULTS_DIR, "landing.png"), fullPage: true });
    expectClean(problems, "landing");
    for (const p of PROVIDERS) {
      const card = page.locator(`article[data-provider="${p.id}"]`);
      expect(await card.isVisible()).toBe(true);
      const text = await card.innerText();
      expect(text).toContain(bundles.get(p.id)!.info.version);
      expect(text).toContain(`http://127.0.0.1:${p.mockPort}`);
      expect(text).toContain(p.clientPackage);
    }
    await page.close();
  });

  for (const location of REFERENCES) {
    const name = pageName(location);
    it(`renders ${name} with every operation of its bundle, no console error, nothing loaded from elsewhere`, async () => {
      const { page, problems } = await open(location.dir);
      await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
      expectClean(problems, name);
      const expected = operationsOf(location)
        .map((o) => String(o.operation.operationId))
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(await renderedOperationIds(page)).toEqual(expected);
      expect(await page.getAttribute("html", "lang")).toBe(location.language);
      await page.close();
    });
  }

  it("finds an operation by name with the search box and jumps to it", async () => {
    for (const location of REFERENCES) {
      const operations = operationsOf(location);
      // The last operation: far down the page, so finding it means search works.
      const target = operations[operations.length - 1]!.operation;
      const summaryKey =
        location.language === "fr" && typeof target["x-summary-fr"] === "string" ? "x-summary-fr" : "summary";
      const name = String(target[summaryKey]);
      const { page, problems } = await open(location.dir);
      await page.locator('[role="search"] input').fill(name);
      const hit = page
        .locator(`[data-role="search:results"] li[data-item-id$="operation/${String(target.operationId)}"]`)
        .first();
      await hit.waitFor({ state: "visible", timeout: 20_000 });
      if (location.language === "en" && location.provider.id === "seyna") {
        await page.screenshot({ path: join(RESULTS_DIR, `${pageName(location)}-search.png`) });
      }
      await hit.click();
      await page.waitForFunction((id) => window.location.hash.endsWith(`operation/${id}`), String(target.operationId));
      const section = page
        .locator(`[data-section-id$="operation/${String(target.operationId)}"][data-section-id^="tag/"]`)
        .first();
      const box = await section.boundingBox();
      expect(box, `${pageName(location)}: section of ${name}`).not.toBeNull();
      expect(Math.abs(box!.y) < 900, `${pageName(location)}: ${name} scrolled into view (y=${box!.y})`).toBe(true);
      expectClean(problems, `${pageName(location)} search`);
      await page.close();
    }
  });

  it("opens an operation by its deep link and shows our TypeScript client sample", async () => {
    for (const p of PROVIDERS) {
      const location = REFERENCES.find((r) => r.provider.id === p.id && r.language === "en")!;
      const op = operationsOf(location).find((o) => o.operation.requestBody) ?? operationsOf(location)[0]!;
      const operationId = String(op.operation.operationId);
      const { page, problems, section } = await openOperation(location, operationId);
      const heading = section.locator("h2").first();
      await heading.waitFor({ state: "visible" });
      const box = await heading.boundingBox();
      expect(box!.y >= 0 && box!.y < 900, `${p.id}: ${operationId} heading in view (y=${box!.y})`).toBe(true);
      // The menu's scroll-spy must settle on this operation, not on its neighbour above.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.location.hash), `${p.id}: hash after the deep link`).toMatch(
        new RegExp(`operation/${operationId}$`),
      );
      const selectedTab = section.locator('[role="tab"][aria-selected="true"]').first();
      expect((await selectedTab.innerText()).trim()).toBe("TypeScript");
      const call = `${provider(p.id).clientVariable}.${op.method.toUpperCase()}("${op.path}"`;
      const sample = section.locator("pre").filter({ hasText: call }).first();
      expect(await sample.isVisible(), `${p.id}: sample calling ${call} visible`).toBe(true);
      expect(await sample.innerText()).toContain(`import { ${p.clientFactory} } from "${p.clientPackage}";`);
      await page.screenshot({ path: join(RESULTS_DIR, `${p.id}-operation-sample.png`) });
      expectClean(problems, `${p.id} deep link`);
      await page.close();
    }
  });

  it("marks inferred operations with a badge and a callout that gives the reason", async () => {
    let checked = 0;
    for (const location of REFERENCES) {
      const inferred = operationsOf(location).find((o) => o.operation["x-provenance"] === "inferred");
      if (!inferred) continue;
      const operationId = String(inferred.operation.operationId);
      const { page, problems, section } = await openOperation(location, operationId);
      const badgeText = location.language === "fr" ? "Déduit" : "Inferred";
      const badge = section.locator("h2 span", { hasText: badgeText }).first();
      expect(await badge.isVisible(), `${pageName(location)}: ${badgeText} badge on ${operationId}`).toBe(true);
      const callout = section.locator(".pa-inferred").first();
      expect(await callout.isVisible(), `${pageName(location)}: callout on ${operationId}`).toBe(true);
      expect(await callout.innerText()).toMatch(
        location.language === "fr"
          ? /Déduit\s+Non documenté par le fournisseur/i
          : /Inferred\s+Not documented by the provider/i,
      );
      const menuBadge = page
        .locator(`li[data-item-id$="operation/${operationId}"] span`, { hasText: badgeText })
        .first();
      expect(await menuBadge.isVisible(), `${pageName(location)}: badge in the menu`).toBe(true);
      await page.screenshot({ path: join(RESULTS_DIR, `${pageName(location)}-inferred.png`) });
      expectClean(problems, `${pageName(location)} inferred`);
      await page.close();
      checked += 1;
    }
    expect(checked, "at least one bundle has an inferred operation").toBeGreaterThan(0);
  });

  it("lists every named schema under Schemas, an inferred one with its callout", async () => {
    for (const location of REFERENCES.filter((r) => r.language === "en")) {
      const schemas = bundles.get(location.provider.id)!.components?.schemas ?? {};
      const names = Object.keys(schemas);
      const inferred = names.find((name) => schemas[name]!["x-provenance"] === "inferred");
      const { page, problems } = await open(`${location.dir}${inferred ? `#tag/schemas/${inferred}` : ""}`);
      const listed = await page.evaluate(() =>
        [...document.querySelectorAll('[data-section-id^="tag/schemas/"]')].map((e) =>
          e.getAttribute("data-section-id")!.slice("tag/schemas/".length),
        ),
      );
      expect(listed.sort(), `${location.provider.id}: schemas listed`).toEqual([...names].sort());
      // Each section holds its definition, not just its title (Redoc matches headings by prefix).
      const empty = await page.evaluate(() =>
        [...document.querySelectorAll('[data-section-id^="tag/schemas/"]')]
          .filter(
            (e) =>
              (e as HTMLElement).innerText
                .trim()
                .split("\n")
                .filter((line) => line.trim()).length < 2,
          )
          .map((e) => e.getAttribute("data-section-id")),
      );
      expect(empty, `${location.provider.id}: schema sections with nothing under their title`).toEqual([]);
      if (inferred) {
        const section = page.locator(`[data-section-id="tag/schemas/${inferred}"]`);
        const callout = section.locator(".pa-inferred").first();
        await callout.waitFor({ state: "visible" });
        expect(await callout.isVisible(), `${location.provider.id}: callout of schema ${inferred}`).toBe(true);
        await page.screenshot({ path: join(RESULTS_DIR, `${location.provider.id}-inferred-schema.png`) });
      }
      expectClean(problems, `${location.provider.id} schemas`);
      await page.close();
    }
  });

  it("switches the Coanda reference between English and French", async () => {
    const coanda = bundles.get("coanda")!;
    const translated = listOperations(coanda).find((o) => typeof o.operation["x-summary-fr"] === "string");
    expect(translated, "Coanda has an operation with x-summary-fr").toBeDefined();
    const { operation } = translated!;
    const { page, problems } = await open("coanda/");
    await page.locator('.pa-lang a[hreflang="fr"]').click();
    await page.waitForURL(/\/coanda\/fr\/$/);
    await page.waitForSelector("body[data-rendered]");
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    const french = page
      .locator(`[data-section-id$="operation/${String(operation.operationId)}"][data-section-id^="tag/"] h2`)
      .first();
    expect(await french.innerText()).toContain(String(operation["x-summary-fr"]));
    await page.locator('.pa-lang a[hreflang="en"]').click();
    await page.waitForURL(/\/coanda\/$/);
    await page.waitForSelector("body[data-rendered]");
    const english = page
      .locator(`[data-section-id$="operation/${String(operation.operationId)}"][data-section-id^="tag/"] h2`)
      .first();
    expect(await english.innerText()).toContain(String(operation.summary as JsonObject[keyof JsonObject]));
    expectClean(problems, "coanda EN ⇄ FR");
    await page.close();
  });
});
