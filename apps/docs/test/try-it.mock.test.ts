// Try it against the running mocks (started once for the run on free ports): for one operation of
// every registry provider, in each of its languages, the page sends the request with the reader's
// credentials (through the token call when the auth kind needs one) to the URL the reader typed, and
// shows the documented status and the body. Nothing leaves the loopback host.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { APP_ROOT } from "../src/app-root.js";
import { loadBundle } from "../src/bundles.js";
import { buildDocsSpec } from "../src/docs-spec.js";
import { listOperations } from "../src/openapi.js";
import { PROVIDERS } from "../src/providers.js";
import { requestPlan } from "../src/request-plan.js";
import { referenceLocation } from "../src/site-map.js";
import { axeViolations, SiteBrowser } from "./helpers/browser.js";

let site: SiteBrowser | undefined;
beforeAll(async () => {
  site = await SiteBrowser.connect();
  await mkdir(join(APP_ROOT, "test-results"), { recursive: true });
});
afterAll(() => site?.close());

const cases = PROVIDERS.flatMap((p) => p.languages.map((language) => ({ provider: p, language })));

describe("Try it", () => {
  it.each(cases.map((c) => [`${c.provider.id} (${c.language})`, c] as const))(
    "%s: sends the first secured operation to the mock and shows the documented status and body",
    async (_, { provider, language }) => {
      if (!site) return;
      const docs = buildDocsSpec(await loadBundle(provider), provider, language);
      const op = listOperations(docs.doc).find((o) => requestPlan(docs.doc, o).secured)!;
      const plan = requestPlan(docs.doc, op);
      const mock = inject("mockUrls")[provider.id]!;
      const dir = referenceLocation(provider, language).dir;
      const { page, problems } = await site.open(`${dir}#operation/${plan.operationId}`);
      const sent: string[] = [];
      page.on("request", (request) => {
        if (request.url().startsWith(mock)) sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
      });

      const section = page.locator(`[id="operation/${plan.operationId}"]`);
      await section.locator(".pa-try-open").click();
      const form = section.locator(".pa-try-form");
      await form.locator("select").selectOption("custom");
      await form.locator('input[type="url"]').fill(mock);
      const credentials = form.locator("input[data-option]");
      expect(await credentials.count()).toBe(provider.credentials.length);
      for (let i = 0; i < provider.credentials.length; i++) await credentials.nth(i).fill(`docs-test-${i}`);
      await form.locator('button[type="submit"]').click();

      const status = form.locator(".pa-try-status [data-status]");
      await status.waitFor({ timeout: 60_000 });
      expect(await status.getAttribute("data-status"), await form.locator(".pa-try-output").innerText()).toBe(
        String(plan.successStatus),
      );
      await form.screenshot({ path: join(APP_ROOT, "test-results", `try-it-${provider.id}-${language}.png`) });
      expect(await axeViolations(page), "axe with the Try it form open").toEqual([]);
      const body = await form.locator(".pa-try-output pre").last().innerText();
      expect(body.trim().length).toBeGreaterThan(1);
      const pattern = new RegExp(`^${plan.method} ${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
      expect(
        sent.some((line) => pattern.test(line)),
        `requests to the typed server: ${sent.join(", ")}`,
      ).toBe(true);
      // Credentials stay in this tab's sessionStorage, never in localStorage.
      const stored = await page.evaluate(() => ({
        session: JSON.stringify(sessionStorage),
        local: JSON.stringify(localStorage),
      }));
      expect(stored.session).toContain("docs-test-0");
      expect(stored.local).not.toContain("docs-test-0");
      expect(problems.externalRequests).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
    },
  );
});
