import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderBenchmarks } from "../lib/markdown.mjs";
import { formatBytes, formatDuration, packageRows } from "../lib/rows.mjs";
import { packageBenchRows } from "../packages.mjs";

describe("packageRows", () => {
  it("uses a bench's explicit rows as they are", () => {
    const json = { rows: [{ name: "mock readiness", value: 412.3, unit: "ms", ratio: 3.1, notes: "Prism vs Steady" }] };
    expect(packageRows({ area: "Mocks", json })).toEqual([
      { area: "Mocks", benchmark: "mock readiness", result: "412 ms", ratio: "3.10×", notes: "Prism vs Steady" },
    ]);
  });

  it("reads any other shape tolerantly: one row per object of plain values, ratios in their column", () => {
    const json = {
      benchmark: "runtime",
      date: "2026-11-23T18:57:12.586Z",
      throughput: {
        inFlight: 10,
        rps: { fetch: 1338, runtime: 2332.4 },
        samples: { fetch: [1, 2, 3] },
        ratios: { runtimeVsFetch: 1.743 },
        meetsTarget: true,
      },
    };
    expect(packageRows({ area: "Client overhead", json })).toEqual([
      { area: "Client overhead", benchmark: "throughput", result: "inFlight 10 · meetsTarget ✓", ratio: "", notes: "" },
      {
        area: "Client overhead",
        benchmark: "throughput.rps",
        result: "fetch 1,338 · runtime 2,332",
        ratio: "",
        notes: "",
      },
      { area: "Client overhead", benchmark: "throughput.ratios", result: "", ratio: "runtimeVsFetch 1.74×", notes: "" },
    ]);
  });

  it("turns arrays of cases into one row each, named by their string fields, ratios by key", () => {
    const json = {
      method:
        "Each run a new tab with the HTTP cache disabled; medians of five runs, in milliseconds since navigation.",
      throughput: [
        { provider: "seyna", operation: "GET /portfolios", ours: { rps: 212, p99Ms: 796.41 }, steadyOverOursRps: 28.7 },
      ],
      pages: [{ page: "landing", operations: 10, firstContentfulPaintMs: { median: 192, runs: [192, 220] } }],
    };
    expect(packageRows({ area: "Mocks", json })).toEqual([
      { area: "Mocks", benchmark: "summary", result: "", ratio: "", notes: json.method },
      {
        area: "Mocks",
        benchmark: "throughput[seyna GET /portfolios]",
        result: "",
        ratio: "steadyOverOursRps 28.70×",
        notes: "",
      },
      {
        area: "Mocks",
        benchmark: "throughput[seyna GET /portfolios].ours",
        result: "rps 212 · p99Ms 796",
        ratio: "",
        notes: "",
      },
      { area: "Mocks", benchmark: "pages[landing]", result: "operations 10", ratio: "", notes: "" },
      { area: "Mocks", benchmark: "pages[landing].firstContentfulPaintMs", result: "median 192", ratio: "", notes: "" },
    ]);
  });

  it("says 'not run' and why when there is no JSON, and 'no figures' when it holds none", () => {
    expect(packageRows({ area: "Docs", reason: "@partner-apis/docs has no bench script" })).toEqual([
      { area: "Docs", benchmark: "—", result: "not run", ratio: "", notes: "@partner-apis/docs has no bench script" },
    ]);
    expect(packageRows({ area: "Docs", json: { date: "today" } })[0].result).toBe("no figures");
  });
});

describe("packageBenchRows (reading the results files, without running the benches)", () => {
  let root;
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("reads each package's JSON and explains each missing one", async () => {
    root = await mkdtemp(join(tmpdir(), "bench-rows-"));
    const write = async (path, text) => {
      await mkdir(join(root, path, ".."), { recursive: true });
      await writeFile(join(root, path), text);
    };
    await write("packages/runtime/package.json", JSON.stringify({ scripts: { bench: "node bench/run.mjs" } }));
    await write("packages/runtime/bench/results/runtime.json", JSON.stringify({ ratios: { runtimeVsFetch: 0.97 } }));
    await write("packages/mocks/package.json", JSON.stringify({ scripts: { bench: "node bench/mocks.mjs" } }));
    await write("apps/docs/package.json", JSON.stringify({ scripts: {} }));
    const rows = await packageBenchRows({ root, log: () => {}, run: false });
    expect(rows).toEqual([
      { area: "Client overhead", benchmark: "ratios", result: "", ratio: "runtimeVsFetch 0.97×", notes: "" },
      {
        area: "Mocks",
        benchmark: "—",
        result: "not run",
        ratio: "",
        notes: "no results at packages/mocks/bench/results/mocks.json",
      },
      { area: "Docs", benchmark: "—", result: "not run", ratio: "", notes: "@partner-apis/docs has no bench script" },
    ]);
  });
});

describe("renderBenchmarks", () => {
  it("writes the machine, the date and one table, escaping pipes", () => {
    const text = renderBenchmarks({
      date: "2026-11-23T19:00:00.000Z",
      commit: "abc1234",
      machine: { cores: 2, cpu: "Test CPU", memoryGiB: "23.5", os: "Linux", node: "v20.20.2", pnpm: "10.34.8" },
      rows: [{ area: "Pipeline", benchmark: "a | b", result: "cold 1.0 s", ratio: "2.00×", notes: "" }],
    });
    expect(text).toContain("- Date: 2026-11-23T19:00:00.000Z (commit abc1234)");
    expect(text).toContain("- Machine: 2 cores (Test CPU), 23.5 GiB memory, Linux");
    expect(text).toContain("| Area | Benchmark | Result | Ratio | Notes |\n| --- | --- | --- | --- | --- |\n");
    expect(text).toContain("| Pipeline | a \\| b | cold 1.0 s | 2.00× |  |");
  });

  it("formats durations and sizes the way size-limit and people read them", () => {
    expect([formatDuration(850.4), formatDuration(12_345)]).toEqual(["850 ms", "12.3 s"]);
    expect([formatBytes(999), formatBytes(8843)]).toEqual(["999 B", "8.84 kB"]);
  });
});
