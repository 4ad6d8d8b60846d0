// Runtime benchmark: throughput and client CPU of the full stack vs bare openapi-fetch vs raw fetch (same server,
// same run); minified + gzipped browser-bundle sizes (the runtime alone, and what `import { createXClient }` pulls
// in per provider); and how long a call takes to fail when the token endpoint never answers (timeoutMs 1000).
// Writes bench/results/runtime.json. Not a test: it reports, it never fails.
import { fork } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { discoverProviders } from "@partner-apis/contract-core";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import { createApiClient, httpBasic, oauth2ClientCredentials } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const packagesDir = resolve(here, "../..");
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 10);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);

/** Run `total` calls of `fn` with IN_FLIGHT concurrent workers; returns requests per second and client CPU µs per request. */
async function measure(fn, total) {
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = async () => {
    while (next++ < total) await fn();
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const used = process.cpuUsage(cpu);
  return { rps: total / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / total };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function throughput() {
  const server = fork(join(here, "server.mjs"), { stdio: "inherit" });
  const { port } = await new Promise((ok) => server.once("message", ok));
  const baseUrl = `http://127.0.0.1:${port}`;
  const path = "/v2/seance/{seance_id}";
  const url = `${baseUrl}/v2/seance/seance_0001?expand=trainees`;
  const bare = createClient({ baseUrl });
  const full = createApiClient({
    baseUrl,
    auth: httpBasic({ username: "bench-key", password: "bench-secret" }),
    hooks: {},
  });
  const init = { params: { path: { seance_id: "seance_0001" }, query: { expand: "trainees" } } };
  const contenders = {
    fetch: async () => {
      const response = await fetch(url, { headers: { authorization: "Basic YmVuY2gta2V5OmJlbmNoLXNlY3JldA==" } });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return response.json();
    },
    "openapi-fetch": async () => {
      const { data, error } = await bare.GET(path, {
        ...init,
        headers: { authorization: "Basic YmVuY2gta2V5OmJlbmNoLXNlY3JldA==" },
      });
      if (error) throw new Error("error");
      return data;
    },
    runtime: async () => full.throwing.GET(path, init),
  };
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const cpu = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const fn of Object.values(contenders)) await measure(fn, WARMUP);
  // Short interleaved rounds, rotating who goes first, so that load from other processes hits every contender alike.
  const entries = Object.entries(contenders);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < entries.length; i++) {
      const [name, fn] = entries[(i + round) % entries.length];
      const { rps, cpuUs } = await measure(fn, REQUESTS);
      samples[name].push(rps);
      cpu[name].push(cpuUs);
    }
  }
  server.disconnect();
  const rps = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, Math.round(median(values))]));
  // Ratios are paired per round (same minute, same machine load), then the median is taken.
  const pairedRatio = (a, b) => +median(samples[a].map((value, round) => value / samples[b][round])).toFixed(3);
  const ratios = {
    runtimeVsFetch: pairedRatio("runtime", "fetch"),
    openapiFetchVsFetch: pairedRatio("openapi-fetch", "fetch"),
    runtimeVsOpenapiFetch: pairedRatio("runtime", "openapi-fetch"),
  };
  for (const name of Object.keys(samples)) samples[name] = samples[name].map(Math.round);
  // Client CPU per request barely depends on other processes' load: a steadier cross-check of the ratios.
  const cpuUsPerRequest = Object.fromEntries(
    Object.entries(cpu).map(([name, values]) => [name, Math.round(median(values))]),
  );
  return { inFlight: IN_FLIGHT, requests: REQUESTS, rounds: ROUNDS, rps, ratios, cpuUsPerRequest, samples };
}

/** Minified + gzipped size of what `code` pulls in, resolved from `dir` (esbuild bundle for the browser, ESM, tree-shaken). */
async function gzippedSize(code, dir) {
  const result = await build({
    stdin: { contents: code, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.byteLength, gzipped: gzipSync(bytes, { level: 9 }).byteLength };
}

/** Each registry provider's client as an application gets it: `import { createXClient } from "<its package>"`. */
const CLIENTS = discoverProviders(join(packagesDir, "../specs")).map(({ id, client }) => ({ id, ...client }));

async function sizes() {
  // The runtime alone: every export of its entry.
  const out = { runtime: await gzippedSize('export * from "@partner-apis/runtime";', join(here, "..")) };
  for (const { id, package: name, factory } of CLIENTS) {
    const dir = join(packagesDir, id);
    if (existsSync(join(dir, "dist/index.js")))
      out[id] = await gzippedSize(`export { ${factory} } from "${name}";`, dir);
  }
  return out;
}

/**
 * With `timeoutMs: 1000` and a token endpoint that accepts the connection but never answers: how long until the
 * call fails, with which error, and how many token requests were made (default retry policy: 3 attempts).
 */
async function tokenTimeout() {
  const http = await import("node:http");
  let tokenRequests = 0;
  const silent = http.createServer(() => void tokenRequests++);
  await new Promise((ok) => silent.listen(0, "127.0.0.1", ok));
  const baseUrl = `http://127.0.0.1:${silent.address().port}`;
  const client = createApiClient({
    baseUrl,
    timeoutMs: 1000,
    auth: oauth2ClientCredentials({ tokenUrl: `${baseUrl}/oauth2/token`, clientId: "id", clientSecret: "secret" }),
  });
  const started = performance.now();
  const error = await client.GET("/v2/anything").catch((e) => e);
  const elapsedMs = Math.round(performance.now() - started);
  silent.closeAllConnections();
  silent.close();
  return {
    timeoutMs: 1000,
    elapsedMs,
    error: error?.name,
    retries: error?.retries,
    tokenRequests,
    message: error?.message,
  };
}

const LIMIT_BYTES = 10_000; // size-limit's "10 kB"
const run = await throughput();
const size = await sizes();
const token = await tokenTimeout();
const { ratios } = run;
const cpuVsOpenapiFetch = +(run.cpuUsPerRequest.runtime / run.cpuUsPerRequest["openapi-fetch"]).toFixed(3);
const result = {
  benchmark: "runtime",
  date: new Date().toISOString(),
  node: process.version,
  throughput: {
    ...run,
    cpuVsOpenapiFetch,
    target: { runtimeVsFetch: 0.85, cpuVsOpenapiFetch: 1.2 },
    meetsTarget: ratios.runtimeVsFetch >= 0.85 && cpuVsOpenapiFetch <= 1.2,
  },
  tokenTimeout: token,
  size: {
    bytes: size,
    limitGzippedBytes: LIMIT_BYTES,
    meetsTarget: Object.entries(size).every(([name, s]) => name === "runtime" || s.gzipped <= LIMIT_BYTES),
  },
};
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results/runtime.json"), `${JSON.stringify(result, null, 2)}\n`);

console.log(JSON.stringify(result));
console.log(
  `\nThroughput (${IN_FLIGHT} in flight, ${REQUESTS} requests x ${ROUNDS} interleaved rounds; median req/s, median of per-round ratios)`,
);
const versusFetch = { fetch: 1, "openapi-fetch": ratios.openapiFetchVsFetch, runtime: ratios.runtimeVsFetch };
console.table(
  Object.entries(run.rps).map(([name, rps]) => ({
    client: name,
    "req/s": rps,
    "vs fetch": versusFetch[name],
    "client CPU µs/req": run.cpuUsPerRequest[name],
    "fetch CPU / its CPU": +(run.cpuUsPerRequest.fetch / run.cpuUsPerRequest[name]).toFixed(2),
  })),
);
console.log(`client CPU per request, runtime / bare openapi-fetch: ${cpuVsOpenapiFetch} (target ≤ 1.2)`);
console.log(
  `\nToken endpoint that never answers, timeoutMs 1000, default retries: ${token.error} after ${token.elapsedMs} ms (${token.tokenRequests} token requests, retries=${token.retries})`,
);
console.log(
  "\nBundle size (esbuild, tree-shaken, minified, browser platform, gzip -9); a provider = `import { createXClient }` with the runtime and openapi-fetch",
);
console.table(
  Object.entries(size).map(([name, s]) => ({
    bundle: name === "runtime" ? "runtime alone (every export)" : `runtime + ${name} client (${CLIENTS[name]})`,
    "min bytes": s.minified,
    "gzip bytes": s.gzipped,
    "within 10 kB": name === "runtime" ? "-" : s.gzipped <= LIMIT_BYTES ? "yes" : "NO",
  })),
);
