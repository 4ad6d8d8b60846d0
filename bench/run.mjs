#!/usr/bin/env node
// Runs every benchmark of the repository and writes BENCHMARKS.md (one table) and bench/results/all.json.
// Usage: node bench/run.mjs [--no-pipeline] [--no-packages] [--reuse]   (or `pnpm bench`)
//   --no-pipeline  skips the cold/warm turbo timings (the cold build is the slowest part)
//   --no-packages  skips the package benches (runtime, mocks, docs)
//   --reuse        reads the package benches' last results instead of running them again
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { discoverProviders } from "@partner-apis/contract-core";
import { codegenRows } from "./codegen.mjs";
import { commitInfo, machineInfo } from "./lib/machine.mjs";
import { renderBenchmarks } from "./lib/markdown.mjs";
import { packageBenchRows } from "./packages.mjs";
import { pipelineRows } from "./pipeline.mjs";
import { sizeRows } from "./sizes.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const flags = new Set(process.argv.slice(2));
const log = (message) => console.error(`› ${message}`);

const providers = discoverProviders(join(root, "specs"));

const rows = [];
if (!flags.has("--no-pipeline")) rows.push(...(await pipelineRows({ root, providers, log })));
rows.push(...(await codegenRows({ root, providers, log })));
rows.push(...(await sizeRows({ root, log })));
if (!flags.has("--no-packages")) rows.push(...(await packageBenchRows({ root, log, run: !flags.has("--reuse") })));

const report = { date: new Date().toISOString(), commit: commitInfo(root), machine: machineInfo(), rows };
await mkdir(join(root, "bench", "results"), { recursive: true });
await writeFile(join(root, "bench", "results", "all.json"), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(join(root, "BENCHMARKS.md"), renderBenchmarks(report));
console.log(`bench: ${rows.length} rows written to BENCHMARKS.md`);
