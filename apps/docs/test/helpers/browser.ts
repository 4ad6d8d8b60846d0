// Shared by the browser suites: connect to the run's one Chromium, open pages of the built site with
// every request watched (anything leaving the loopback host is blocked and recorded), run axe-core.
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { inject } from "vitest";

const require = createRequire(import.meta.url);

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Requests to any host other than the loopback one (blocked). */
  externalRequests: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  /** Wait for the app script to have run (the default). */
  waitRendered?: boolean;
}

/** Whether a URL stays on this machine. */
export function isLoopback(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return true;
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

export class SiteBrowser {
  private contexts: BrowserContext[] = [];
  private constructor(
    readonly browser: Browser,
    readonly siteUrl: string,
  ) {}

  /** Connects to the Chromium the global setup launched; undefined when the machine has none. */
  static async connect(): Promise<SiteBrowser | undefined> {
    const endpoint = inject("chromiumEndpoint");
    if (!endpoint) return undefined;
    return new SiteBrowser(await chromium.connect(endpoint), inject("siteUrl"));
  }

  /** Opens `path` of the site in a fresh context, recording problems and blocking off-machine requests. */
  async open(path: string, options: OpenOptions = {}): Promise<{ page: Page; problems: Problems }> {
    const context = await this.browser.newContext({
      viewport: { width: options.width ?? 1400, height: options.height ?? 900 },
      colorScheme: options.colorScheme ?? "light",
    });
    this.contexts.push(context);
    const page = await context.newPage();
    const problems: Problems = { consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [] };
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
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
    await page.goto(new URL(path, this.siteUrl).href);
    if (options.waitRendered !== false) await page.waitForSelector("body[data-rendered]", { timeout: 60_000 });
    return { page, problems };
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.close().catch(() => undefined)));
    await this.browser.close();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core's serious and critical violations on the whole page. Sections off screen are skipped by
 * the browser (`content-visibility: auto`) until the reader scrolls to them, and axe cannot compute
 * colours there: the audit renders every section first, as each will look once on screen.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addStyleTag({ content: ".pa-op, .pa-schema-def { content-visibility: visible !important; }" });
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => String(n.target)),
      }));
  });
}

/** How far the page overflows its viewport horizontally (0 = none). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
