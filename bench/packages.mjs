// Runs the benches the packages own (`pnpm --filter <pkg> bench`) and reads the JSON each one writes.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { packageRows } from "./lib/rows.mjs";
import { lastLine, timeCommand } from "./lib/run-command.mjs";

/** The package benches: which package, what the table calls it, and where it writes its results. */
export const PACKAGE_BENCHES = [
  {
    pkg: "@partner-apis/runtime",
    dir: "packages/runtime",
    area: "Client overhead",
    results: "bench/results/runtime.json",
  },
  { pkg: "@partner-apis/mocks", dir: "packages/mocks", area: "Mocks", results: "bench/results/mocks.json" },
  { pkg: "@partner-apis/docs", dir: "apps/docs", area: "Docs", results: "bench/results/docs.json" },
];

/** Runs each package bench (unless `run` is false) and turns its results into rows. */
export async function packageBenchRows({ root, log, run = true, benches = PACKAGE_BENCHES }) {
  const rows = [];
  for (const bench of benches) rows.push(...packageRows(await outcome({ root, log, run, bench })));
  return rows;
}

async function outcome({ root, log, run, bench }) {
  const { pkg, dir, area, results } = bench;
  const manifest = await readJson(join(root, dir, "package.json"));
  if (!manifest) return { area, reason: `${dir} does not exist` };
  if (!manifest.scripts?.bench) return { area, reason: `${pkg} has no bench script` };
  if (run) {
    log(`package bench: ${pkg}`);
    const result = await timeCommand("pnpm", ["--filter", pkg, "bench"], { cwd: root });
    if (result.code !== 0)
      return { area, reason: `pnpm --filter ${pkg} bench failed (exit ${result.code}): ${lastLine(result.output)}` };
  }
  const path = join(root, dir, results);
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return { area, reason: `no results at ${dir}/${results}` };
  try {
    return { area, json: JSON.parse(text) };
  } catch (error) {
    return { area, reason: `${dir}/${results} is not JSON: ${error.message}` };
  }
}

async function readJson(path) {
  const text = await readFile(path, "utf8").catch(() => null);
  return text === null ? null : JSON.parse(text);
}
