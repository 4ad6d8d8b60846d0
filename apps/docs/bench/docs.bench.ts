// Benchmark of the docs references, side by side in the same run: our static renderer (the real
// site) and today's Redoc 2 build (bench/redoc-baseline), both built fresh into .tmp and served by the
// app's static server (gzip on). Per reference and renderer, in headless Chromium:
//   - weight transferred (gzipped as served): first visit (empty cache) and repeat visit (same cache);
//   - first contentful paint;
//   - time until a deep-linked operation (the page's last one, the worst case) is visible in the viewport;
//   - time until every operation of the spec is rendered;
// on this machine as it is, and with Chromium's CPU throttled 4× (a loaded 2-core machine, reproducibly).
// Writes bench/results/docs.json.   pnpm --filter @partner-apis/docs bench   (DOCS_BENCH_RUNS=3 by default)
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { APP_ROOT } from "../src/app-root.js";
import { buildSite } from "../src/build.js";
import { loadBundle } from "../src/bundles.js";
import { CHROMIUM_FLAGS, chromiumCandidates, findChromium } from "../src/chromium.js";
import { listOperations } from "../src/openapi.js";
import { serveStatic } from "../src/serve.js";
import { referenceLocations } from "../src/site-map.js";
import type { Measure, Timing } from "./bench-rows.js";
import { benchRows } from "./bench-rows.js";
import { buildRedocBaseline } from "./redoc-baseline/build-redoc.js";

const RESULTS = join(APP_ROOT, "bench", "results", "docs.json");
const RUNS = Number(process.env.DOCS_BENCH_RUNS ?? 3);
const CONDITIONS = [
  { name: "as is", cpuThrottling: 1 },
  { name: "CPU 4× slower", cpuThrottling: 4 },
] as const;
const GOAL_DEEP_LINK_MS = 1500;

function timing(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n);
  return { median: round(sorted[Math.floor(sorted.length / 2)]!), min: round(sorted[0]!), max: round(sorted.at(-1)!) };
}

// Runs in the page from its first frame: records when the deep-linked operation is in the viewport
// and when every operation is in the DOM, whichever renderer drew them.
function pageProbe({ expected, operationId }: { expected: number; operationId: string }): void {
  const w = window as unknown as { __deepLinkAt?: number; __allAt?: number };
  const operationIds = () => {
    const ids = new Set<string>();
    for (const el of document.querySelectorAll(".pa-op[data-operation-id]"))
      ids.add(el.getAttribute("data-operation-id")!);
    for (const el of document.querySelectorAll("[data-section-id]")) {
      const match = /(?:^|\/)operation\/(.+)$/.exec(el.getAttribute("data-section-id") ?? "");
      if (match) ids.add(match[1]!);
    }
    return ids;
  };
  const target = () =>
    document.getElementById(`operation/${operationId}`) ??
    document.querySelector(`[data-section-id$="operation/${operationId}"]`);
  const tick = () => {
    const now = performance.now();
    if (w.__deepLinkAt === undefined) {
      const el = target();
      const box = el?.getBoundingClientRect();
      if (box && box.height > 0 && box.top < innerHeight * 0.5 && box.bottom > 0) w.__deepLinkAt = now;
    }
    if (w.__allAt === undefined && operationIds().size >= expected) w.__allAt = now;
    if (w.__deepLinkAt === undefined || w.__allAt === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function measure(
  browser: Browser,
  url: string,
  expected: number,
  operationId: string,
  cpuThrottling: number,
): Promise<{ fcp: number; deepLink: number; all: number; first: number; repeat: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottling });
    let transferred = 0;
    cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
      transferred += event.encodedDataLength;
    });
    await page.addInitScript(pageProbe, { expected, operationId });
    await page.goto(`${url}#operation/${operationId}`, { waitUntil: "load" });
    const done = () => {
      const w = window as unknown as { __deepLinkAt?: number; __allAt?: number };
      return w.__deepLinkAt !== undefined && w.__allAt !== undefined;
    };
    await page.waitForFunction(done, null, { timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, {
      timeout: 60_000,
    });
    const times = await page.evaluate(() => {
      const w = window as unknown as { __deepLinkAt: number; __allAt: number };
      return {
        fcp: performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
        deepLink: w.__deepLinkAt,
        all: w.__allAt,
      };
    });
    const first = transferred;
    transferred = 0;
    // Repeat visit: a new navigation in the same context (its HTTP cache holds the hashed assets).
    await page.goto("about:blank");
    transferred = 0;
    await page.goto(`${url}#operation/${operationId}`, { waitUntil: "load" });
    await page.waitForFunction(done, null, { timeout: 120_000 });
    return { ...times, first, repeat: transferred };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      `no Chromium found (looked for ${chromiumCandidates().join(", ")}): apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  await mkdir(join(APP_ROOT, ".tmp"), { recursive: true });
  const staticDir = await mkdtemp(join(APP_ROOT, ".tmp", "bench-static-"));
  const redocDir = await mkdtemp(join(APP_ROOT, ".tmp", "bench-redoc-"));
  await buildSite(staticDir);
  await buildRedocBaseline(redocDir);
  const servers = { static: await serveStatic(staticDir), redoc2: await serveStatic(redocDir) };
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_FLAGS });
  const results: Measure[] = [];
  try {
    // Warm-up: the first navigation of a fresh browser pays for its own start-up, not for our pages.
    const warm = await browser.newPage();
    await warm.goto(servers.static.url);
    await warm.close();
    for (const location of referenceLocations()) {
      const operations = listOperations(await loadBundle(location.provider));
      const deepLink = String(operations.at(-1)!.operation.operationId);
      const reference =
        location.language === "en" ? location.provider.id : `${location.provider.id} (${location.language})`;
      for (const condition of CONDITIONS) {
        for (const renderer of ["static", "redoc2"] as const) {
          const runs = [];
          for (let run = 0; run < RUNS; run++) {
            runs.push(
              await measure(
                browser,
                new URL(location.dir, servers[renderer].url).href,
                operations.length,
                deepLink,
                condition.cpuThrottling,
              ),
            );
          }
          results.push({
            reference,
            renderer,
            condition: condition.name,
            operations: operations.length,
            deepLink,
            firstVisitBytes: Math.round(timing(runs.map((r) => r.first)).median),
            repeatVisitBytes: Math.round(timing(runs.map((r) => r.repeat)).median),
            firstContentfulPaintMs: timing(runs.map((r) => r.fcp)),
            deepLinkVisibleMs: timing(runs.map((r) => r.deepLink)),
            allOperationsRenderedMs: timing(runs.map((r) => r.all)),
          });
          console.log(line(results.at(-1)!));
        }
      }
    }
  } finally {
    await browser.close();
    await servers.static.close();
    await servers.redoc2.close();
    await rm(staticDir, { recursive: true, force: true });
    await rm(redocDir, { recursive: true, force: true });
  }
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion(chromiumPath),
    runsPerPage: RUNS,
    goalDeepLinkMs: GOAL_DEEP_LINK_MS,
    method:
      "Both renderers built fresh in this run and served by the app's static server on 127.0.0.1 (gzip on, hashed assets cached for a year, HTML no-cache). " +
      "Each run a new browser context (empty cache) at 1440×900, navigating to <reference>#operation/<its last operation>; bytes are what the network transferred " +
      "(first visit), then for a second navigation in the same context (repeat visit); times are performance.now() in the page (ms since navigation start), " +
      "medians of the runs, measured as is and with CDP CPU throttling 4×. The search index (loaded on first search) is not in the first-visit bytes.",
    rows: benchRows(results),
    measures: results,
  };
  await mkdir(join(RESULTS, ".."), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${report.chromium}, ${RUNS} runs per cell → ${RESULTS}`);
}

function line(m: Measure): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return [
    m.reference.padEnd(12),
    m.renderer.padEnd(7),
    m.condition.padEnd(14),
    `first ${kb(m.firstVisitBytes)}`.padStart(16),
    `repeat ${kb(m.repeatVisitBytes)}`.padStart(17),
    `FCP ${m.firstContentfulPaintMs.median} ms`.padStart(12),
    `deep link ${m.deepLinkVisibleMs.median} ms`.padStart(18),
    `all ops ${m.allOperationsRenderedMs.median} ms`.padStart(16),
  ].join("  ");
}

function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return path;
  }
}

main().catch((error: Error) => {
  console.error(`docs bench failed: ${error.message}`);
  process.exit(1);
});
