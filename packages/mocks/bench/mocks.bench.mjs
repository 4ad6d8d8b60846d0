// Benchmark of the mocks: cold start of all three, then throughput and p99 latency per provider at
// 10 connections on loopback, for our mock (front proxy + Prism, run by our CLI), bare Prism, and Steady on the same
// bundled spec. Ratios are measured in this one run. Writes bench/results/mocks.json and prints a table.
// Benchmark of the mocks, one run, side by side on the same bundles and operations: our mock (one process,
// Prism in process, as `partner-mocks start` runs it), bare Prism CLI 5.16 (`prism mock`), and Steady.
// Readiness: from spawn until every mock of the registry answers. Throughput and p99 at 10 connections,
// bounded by time and request count. Writes bench/results/mocks.json and prints a table.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Pool } from "undici";
import { credentialsFor } from "../dist/contract/credentials.js";
import { encodeBody, exampleRequests, fillPath } from "../dist/contract/examples.js";
import { mockedProviders, startMocks } from "../dist/index.js";
import { loadDocument } from "../dist/spec/document.js";
import { listOperations } from "../dist/spec/operations.js";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 4000);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1000);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 200_000);
const CONNECTIONS = 10;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const PROVIDERS = mockedProviders();

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Polls `url` until any HTTP answer comes back (bounded). */
async function waitUntilAnswering(url, timeoutMs, abandoned) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = abandoned?.();
    if (reason) throw new Error(reason);
    const ok = await new Promise((done) => {
      const req = httpRequest(url, { agent: false, timeout: 1000 }, (res) => {
        res.resume();
        res.on("end", () => done(true));
      });
      req.on("error", () => done(false));
      req.on("timeout", () => req.destroy());
      req.end();
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

/** A server process that answers once `url` does; stop() ends it. */
async function spawnServer(command, args, url) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  let logs = "";
  child.stdout.on("data", (chunk) => (logs += chunk));
  child.stderr.on("data", (chunk) => (logs += chunk));
  let exited;
  child.once("exit", (code) => (exited = `${command} exited with ${code}: ${logs.slice(-2000)}`));
  await waitUntilAnswering(url, 120_000, () => exited);
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

/** Steady's native binary (its npm launcher only spawns it). */
function steadyBinary() {
  const steadyRequire = createRequire(require.resolve("@stdy/cli/package.json"));
  const suffix = `cli-${process.platform}-${process.arch}`;
  return resolve(dirname(steadyRequire.resolve(`@stdy/${suffix}/package.json`)), "bin", "steady");
}

async function startSteady(spec) {
  const port = await freePort();
  return spawnServer(
    steadyBinary(),
    [spec, "--port", String(port), "--host", "127.0.0.1", "--quiet", "--no-color"],
    `http://127.0.0.1:${port}`,
  );
}

/** Bare Prism CLI, as users run it: `prism mock <spec>`. */
async function startPrismCli(spec) {
  const port = await freePort();
  const bin = resolve(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
  return spawnServer(
    process.execPath,
    [bin, "mock", spec, "--host", "127.0.0.1", "--port", String(port), "-v", "error"],
    `http://127.0.0.1:${port}`,
  );
}

/** `partner-mocks start all --port 0` in one process: resolves when it has printed every URL (each port opens only once its mock can answer) and each answers. */
async function startCliAll() {
  const child = spawn(process.execPath, [resolve(here, "..", "dist", "cli.js"), "start", "all", "--port", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let logs = "";
  child.stderr.on("data", (chunk) => (logs += chunk));
  const urls = await new Promise((done, fail) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const found = out.match(/http:\/\/\S+/g) ?? [];
      if (found.length === PROVIDERS.length) done(found);
    });
    child.once("exit", (code) => fail(new Error(`partner-mocks exited with ${code}: ${logs}`)));
  });
  await Promise.all(urls.map((url) => waitUntilAnswering(url, 120_000)));
  return {
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}

/** Our mock in its own process, as `partner-mocks start <id>` runs it (in-process it would share the load generator's loop). */
async function startCliMock(provider, port) {
  return spawnServer(
    process.execPath,
    [resolve(here, "..", "dist", "cli.js"), "start", provider, "--port", String(port)],
    `http://127.0.0.1:${port}`,
  );
}

/** The first GET and the first operation with a JSON body of a provider, as ready-to-send requests. */
function representativeRequests(provider) {
  const document = loadDocument(provider.bundlePath);
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
        while (Date.now() < end && latencies.length < MAX_REQUESTS) {
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

/** Readiness of every mock of the registry: in process (startMocks) and as a CLI process (spawn → all answering). */
async function readiness() {
  const inProcess = [];
  const cli = [];
  const prism = [];
  const steady = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    let started = performance.now();
    const mocks = await startMocks({ ports: Object.fromEntries(PROVIDERS.map((p) => [p.id, 0])) });
    inProcess.push(performance.now() - started);
    await mocks.stop();
    started = performance.now();
    const all = await startCliAll();
    cli.push(performance.now() - started);
    await all.stop();
    started = performance.now();
    const prisms = await Promise.all(PROVIDERS.map((p) => startPrismCli(p.bundlePath)));
    prism.push(performance.now() - started);
    await Promise.all(prisms.map((server) => server.stop()));
    started = performance.now();
    const steadies = await Promise.all(PROVIDERS.map((p) => startSteady(p.bundlePath)));
    steady.push(performance.now() - started);
    await Promise.all(steadies.map((server) => server.stop()));
  }
  const summary = (values) => ({ medianMs: Math.round(median(values)), allMs: values.map(Math.round) });
  return {
    runs: COLD_RUNS,
    oursInProcess: summary(inProcess),
    oursCli: summary(cli),
    prismCli: summary(prism),
    steady: summary(steady),
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
  console.error("readiness of every mock…");
  results.readiness = await readiness();
  results.throughput = [];
  for (const provider of PROVIDERS) {
    const spec = provider.bundlePath;
    const mock = await startCliMock(provider.id, await freePort());
    const prism = await startPrismCli(spec);
    const steady = await startSteady(spec);
    try {
      for (const request of representativeRequests(provider)) {
        console.error(`${provider.id} ${request.label}…`);
        const row = { provider: provider.id, operation: request.label };
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
  const r = results.readiness;
  console.log(
    `\nReadiness of all ${PROVIDERS.length} mocks (median of ${r.runs}): ours in process ${r.oursInProcess.medianMs} ms, ours CLI (one process, spawn to all answering) ${r.oursCli.medianMs} ms, bare Prism CLI ${r.prismCli.medianMs} ms, Steady ${r.steady.medianMs} ms\n`,
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
