// Benchmark of the built site (dist/): page weight of each page (raw and gzipped, HTML plus the
// scripts and stylesheets it loads) and, in headless Chromium with a cold cache, the time to first
// contentful paint and to every operation of the spec rendered. Writes bench/results/docs.json.
//   pnpm --filter @partner-apis/docs bench          (DOCS_BENCH_RUNS=5 by default)
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { APP_ROOT } from "../src/app-root.js";
import { loadBundle } from "../src/bundles.js";
import { chromiumCandidates, findChromium, launchChromium } from "../src/chromium.js";
import { listOperations } from "../src/openapi.js";
import { serveStatic } from "../src/serve.js";
import { LANDING, referenceLocations } from "../src/site-map.js";

const DIST = join(APP_ROOT, "dist");
const RESULTS = join(APP_ROOT, "bench", "results", "docs.json");
const RUNS = Number(process.env.DOCS_BENCH_RUNS ?? 5);

interface Weight {
  html: number;
  scripts: number;
  styles: number;
  total: number;
}

interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

interface PageResult {
  page: string;
  url: string;
  operations: number | null;
  bytes: Weight;
  gzipBytes: Weight;
  firstContentfulPaintMs: Timing;
  allOperationsRenderedMs: Timing | null;
}

/** Bytes of the page's HTML and of every local script and stylesheet it references. */
async function pageWeight(file: string): Promise<{ raw: Weight; gzip: Weight }> {
  const html = await readFile(join(DIST, file));
  const text = html.toString("utf8");
  const dir = join(DIST, file, "..");
  const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const styles = [...text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const read = (paths: string[]) => Promise.all(paths.map((p) => readFile(join(dir, p))));
  const [scriptFiles, styleFiles] = await Promise.all([read(scripts), read(styles)]);
  const sum = (buffers: Buffer[], size: (b: Buffer) => number) => buffers.reduce((total, b) => total + size(b), 0);
  const measure = (size: (b: Buffer) => number): Weight => {
    const weight = { html: size(html), scripts: sum(scriptFiles, size), styles: sum(styleFiles, size), total: 0 };
    weight.total = weight.html + weight.scripts + weight.styles;
    return weight;
  };
  return { raw: measure((b) => b.length), gzip: measure((b) => gzipSync(b).length) };
}

function timing(runs: number[]): Timing {
  const sorted = [...runs].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    median: round(sorted[Math.floor(sorted.length / 2)]!),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
    runs: runs.map(round),
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(
      `expected a built site in ${DIST}, found none: run \`pnpm --filter @partner-apis/docs build\` first`,
    );
  }
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      `no Chromium found (looked for ${chromiumCandidates().join(", ")}): apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
  const pages = [
    { name: "landing", file: LANDING.file, dir: LANDING.dir, operations: null as number | null },
    ...(await Promise.all(
      referenceLocations().map(async (location) => ({
        name: location.language === "en" ? location.provider.id : `${location.provider.id} (${location.language})`,
        file: location.file,
        dir: location.dir,
        operations: listOperations(await loadBundle(location.provider)).length as number | null,
      })),
    )),
  ];

  const server = await serveStatic(DIST);
  const browser = await launchChromium(chromiumPath);
  const results: PageResult[] = [];
  try {
    // Warm-up: the first navigation of a fresh browser pays for its own start-up, not for our pages.
    const warmUp = await browser.context.newPage();
    await warmUp.goto(server.url, { waitUntil: "load" });
    await warmUp.close();
    for (const page of pages) {
      const weight = await pageWeight(page.file);
      const fcp: number[] = [];
      const rendered: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const tab = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(tab);
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        // Counts the operations Redoc has rendered on every frame, from the first one.
        await tab.addInitScript((expected: number | null) => {
          const w = window as unknown as { __allOperationsAt?: number };
          if (expected === null) return;
          const tick = () => {
            const ids = new Set<string>();
            for (const element of document.querySelectorAll("[data-section-id]")) {
              const match = /(?:^|\/)operation\/(.+)$/.exec(element.getAttribute("data-section-id") ?? "");
              if (match) ids.add(match[1]!);
            }
            if (ids.size >= expected) w.__allOperationsAt = performance.now();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }, page.operations);
        await tab.goto(new URL(page.dir, server.url).href, { waitUntil: "load" });
        if (page.operations !== null) {
          await tab.waitForFunction(
            () => (window as unknown as { __allOperationsAt?: number }).__allOperationsAt !== undefined,
            null,
            {
              timeout: 60_000,
            },
          );
          rendered.push(
            await tab.evaluate(() => (window as unknown as { __allOperationsAt: number }).__allOperationsAt),
          );
        }
        await tab.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, {
          timeout: 30_000,
        });
        fcp.push(await tab.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]!.startTime));
        await tab.close();
      }
      results.push({
        page: page.name,
        url: `/${page.dir}`,
        operations: page.operations,
        bytes: weight.raw,
        gzipBytes: weight.gzip,
        firstContentfulPaintMs: timing(fcp),
        allOperationsRenderedMs: rendered.length > 0 ? timing(rendered) : null,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion(chromiumPath),
    runsPerPage: RUNS,
    method:
      "Site served by the app's own static server on 127.0.0.1 (gzip on); each run a new tab with the HTTP cache disabled; " +
      "times are performance.now() in the page (ms since navigation start), medians of the runs.",
    pages: results,
  };
  await mkdir(join(RESULTS, ".."), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  printTable(results);
  console.log(`\n${report.chromium}, ${RUNS} cold runs per page → ${RESULTS}`);
}

function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return path;
  }
}

function printTable(results: PageResult[]): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const ms = (t: Timing | null) => (t ? `${t.median.toFixed(0)} ms` : "n/a");
  const rows = [
    ["page", "ops", "raw", "gzip", "html gzip", "FCP", "all ops rendered"],
    ...results.map((r) => [
      r.page,
      r.operations === null ? "-" : String(r.operations),
      kb(r.bytes.total),
      kb(r.gzipBytes.total),
      kb(r.gzipBytes.html),
      ms(r.firstContentfulPaintMs),
      ms(r.allOperationsRenderedMs),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(line(rows[0]!));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows.slice(1)) console.log(line(row));
}

main().catch((error: Error) => {
  console.error(`docs bench failed: ${error.message}`);
  process.exit(1);
});
