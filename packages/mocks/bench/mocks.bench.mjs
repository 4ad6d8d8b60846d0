// Benchmark of the mocks: cold start of all three, then throughput and p99 latency per provider at
// 10 connections on loopback, for our mock (front proxy + Prism, run by our CLI), bare Prism, and Steady on the same
// bundled spec. Ratios are measured in this one run. Writes bench/results/mocks.json and prints a table.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Pool } from "undici";
import { credentialsFor } from "../dist/contract/credentials.js";
import { encodeBody, exampleRequests, fillPath } from "../dist/contract/examples.js";
import { freePort } from "../dist/free-port.js";
import { PROVIDERS, specPath, startMocks } from "../dist/index.js";
import { startPrism } from "../dist/prism-process.js";
import { loadDocument } from "../dist/spec/document.js";
import { listOperations } from "../dist/spec/operations.js";
import { waitUntilAnswering } from "../dist/wait-ready.js";

const here = dirname(fileURLToPath(import.meta.url));
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 4000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1000);
const CONNECTIONS = 10;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);

/** Steady's native binary (its npm launcher only spawns it; spawning it directly keeps timing and cleanup honest). */
function steadyBinary() {
  const require = createRequire(createRequire(import.meta.url).resolve("@stdy/cli/package.json"));
  const suffix = {
    "linux-x64": "cli-linux-x64",
    "linux-arm64": "cli-linux-arm64",
    "darwin-x64": "cli-darwin-x64",
    "darwin-arm64": "cli-darwin-arm64",
  }[`${process.platform}-${process.arch}`];
  return resolve(dirname(require.resolve(`@stdy/${suffix}/package.json`)), "bin", "steady");
}

async function startSteady(spec) {
  const port = await freePort();
  const child = spawn(steadyBinary(), [spec, "--port", String(port), "--host", "127.0.0.1", "--quiet", "--no-color"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let logs = "";
  child.stdout.on("data", (chunk) => (logs += chunk));
  child.stderr.on("data", (chunk) => (logs += chunk));
  let exited;
  child.once("exit", (code) => (exited = `steady exited with ${code}: ${logs.slice(-2000)}`));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, { timeoutMs: 60_000, intervalMs: 20, abandoned: () => exited });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Our mock in its own process, as `pnpm mock` runs it: in-process, the front proxy would share this
 * script's event loop with the load generator and understate its throughput.
 */
async function startCliMock(provider) {
  const child = spawn(process.execPath, [resolve(here, "..", "dist", "cli.js"), "start", provider, "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let logs = "";
  child.stderr.on("data", (chunk) => (logs += chunk));
  const url = await new Promise((done, fail) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /(http:\/\/\S+)/.exec(out);
      if (match) done(match[1]);
    });
    child.once("exit", (code) => fail(new Error(`partner-mocks exited with ${code}: ${logs}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

/** The first GET and the first operation with a JSON body of a provider, as ready-to-send requests. */
function representativeRequests(provider) {
  const document = loadDocument(specPath(provider));
  const picked = [];
  const operations = listOperations(document);
  const get = operations.find((operation) => operation.method === "get");
  const withBody = operations.find(
    (operation) => operation.requestBody && Object.keys(operation.requestBody.content).includes("application/json"),
  );
  for (const operation of [get, withBody]) {
    if (operation === undefined) continue;
    const example = exampleRequests(document, operation)[0];
    const credential = credentialsFor(document, operation);
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...example.query, ...credential?.query }))
      for (const item of [value].flat()) query.append(name, item);
    const headers = { ...example.headers, ...credential?.headers };
    let body;
    if (example.body) {
      body = encodeBody(example.body);
      headers["content-type"] = example.body.mediaType;
    }
    const path = fillPath(operation.path, example.pathParams) + (query.size > 0 ? `?${query}` : "");
    picked.push({
      label: `${operation.method.toUpperCase()} ${operation.path}`,
      method: operation.method.toUpperCase(),
      path,
      headers,
      body,
    });
  }
  return picked;
}

/** Closed-loop load: CONNECTIONS workers, each sending the next request when the last one answered. */
async function load(url, request) {
  const pool = new Pool(url, { connections: CONNECTIONS, pipelining: 1 });
  const send = async () => {
    const started = process.hrtime.bigint();
    const { statusCode, body } = await pool.request({
      method: request.method,
      path: request.path,
      headers: request.headers,
      body: request.body,
    });
    await body.dump();
    return { statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  };
  const phase = async (ms, record) => {
    const end = Date.now() + ms;
    const latencies = [];
    let failures = 0;
    let firstFailure;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < end) {
          const { statusCode, ms } = await send();
          if (statusCode >= 300) {
            failures++;
            firstFailure ??= statusCode;
          }
          if (record) latencies.push(ms);
        }
      }),
    );
    return { latencies, failures, firstFailure };
  };
  await phase(WARMUP_MS, false);
  const started = Date.now();
  const { latencies, failures, firstFailure } = await phase(DURATION_MS, true);
  const elapsed = (Date.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50Ms: round(pct(50)),
    p99Ms: round(pct(99)),
    non2xx: failures,
    firstNon2xx: firstFailure,
  };
}

const round = (n) => Math.round(n * 100) / 100;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function coldStart() {
  const ours = [];
  const steady = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    let started = performance.now();
    const mocks = await startMocks({ ports: { premiums: 0, coanda: 0, seyna: 0 } });
    ours.push(performance.now() - started);
    await mocks.stop();
    started = performance.now();
    const servers = await Promise.all(PROVIDERS.map((provider) => startSteady(specPath(provider))));
    steady.push(performance.now() - started);
    await Promise.all(servers.map((server) => server.stop()));
  }
  return {
    runs: COLD_RUNS,
    oursMs: Math.round(median(ours)),
    steadyMs: Math.round(median(steady)),
    oursAllMs: ours.map(Math.round),
    steadyAllMs: steady.map(Math.round),
  };
}

async function main() {
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import("node:os")).cpus().length,
    durationMs: DURATION_MS,
    connections: CONNECTIONS,
  };
  console.error("cold start of the three mocks…");
  results.coldStart = coldStart ? await coldStart() : undefined;
  results.throughput = [];
  for (const provider of PROVIDERS) {
    const spec = specPath(provider);
    const mock = await startCliMock(provider);
    const prism = await startPrism({ mode: "mock", spec, host: "127.0.0.1", port: await freePort() });
    const steady = await startSteady(spec);
    try {
      for (const request of representativeRequests(provider)) {
        console.error(`${provider} ${request.label}…`);
        const row = { provider, operation: request.label };
        row.ours = await load(mock.url, request);
        row.prism = await load(prism.url, request);
        row.steady = await load(steady.url, request);
        row.steadyOverOursRps = round(row.steady.rps / row.ours.rps);
        row.oursOverPrismRps = round(row.ours.rps / row.prism.rps);
        results.throughput.push(row);
      }
    } finally {
      await Promise.all([mock.stop(), prism.stop(), steady.stop()]);
    }
  }
  const out = resolve(here, "results", "mocks.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  print(results);
  console.log(`\nwritten to ${out}`);
}

function print(results) {
  const cold = results.coldStart;
  console.log(
    `\nCold start, all three answering (median of ${cold.runs}): ours ${cold.oursMs} ms, Steady ${cold.steadyMs} ms (Steady ${round(cold.oursMs / cold.steadyMs)}× faster)\n`,
  );
  const header = [
    "provider",
    "operation",
    "ours req/s",
    "ours p99",
    "prism req/s",
    "prism p99",
    "steady req/s",
    "steady p99",
    "steady/ours",
    "ours/prism",
    "non-2xx o/p/s",
  ];
  const rows = results.throughput.map((row) => [
    row.provider,
    row.operation,
    row.ours.rps,
    `${row.ours.p99Ms} ms`,
    row.prism.rps,
    `${row.prism.p99Ms} ms`,
    row.steady.rps,
    `${row.steady.p99Ms} ms`,
    `${row.steadyOverOursRps}×`,
    `${row.oursOverPrismRps}×`,
    `${row.ours.non2xx}/${row.prism.non2xx}/${row.steady.non2xx}`,
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => String(row[index]).length)));
  const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
