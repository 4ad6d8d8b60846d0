// The turbo pipeline, cold (--force: every task runs) against warm (every task replayed from the cache),
// for the whole build and for each spec's lint → bundle → generate.
import { stripVTControlCharacters } from "node:util";
import { formatDuration, formatRatio } from "./lib/rows.mjs";
import { lastLine, timeCommand } from "./lib/run-command.mjs";

const TURBO = ["turbo", "run"];
const QUIET = ["--output-logs=none", "--ui=stream"];

/** Rows for the whole build and for each provider's spec tasks (`providers` from the registry). */
export async function pipelineRows({ root, providers, log }) {
  const rows = [];
  rows.push(
    await coldWarm({
      root,
      log,
      area: "Pipeline",
      benchmark: "turbo run build (all packages)",
      tasks: ["build"],
      filters: [],
    }),
  );
  for (const provider of providers) {
    rows.push(
      await coldWarm({
        root,
        log,
        area: "Pipeline",
        benchmark: `turbo run lint bundle generate (${provider.id})`,
        tasks: ["lint", "bundle", "generate"],
        filters: [`--filter=${provider.specPackage}`, `--filter=${provider.client.package}`],
      }),
    );
  }
  return rows;
}

async function coldWarm({ root, log, area, benchmark, tasks, filters }) {
  log(`pipeline: ${benchmark}, cold`);
  const cold = await timeCommand("pnpm", [...TURBO, ...tasks, ...filters, "--force", ...QUIET], { cwd: root });
  if (cold.code !== 0) return failed(area, benchmark, cold);
  log(`pipeline: ${benchmark}, warm`);
  const warm = await timeCommand("pnpm", [...TURBO, ...tasks, ...filters, ...QUIET], { cwd: root });
  if (warm.code !== 0) return failed(area, benchmark, warm);
  // A warm run that still executes tasks (files edited meanwhile) is not "fully cached": say so.
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(stripVTControlCharacters(warm.output));
  const hits = cached ? `${cached[1]}/${cached[2]} tasks` : "?";
  return {
    area,
    benchmark,
    result: `cold ${formatDuration(cold.ms)} · warm ${formatDuration(warm.ms)}`,
    ratio: `cold/warm ${formatRatio(cold.ms / warm.ms)}`,
    notes: `cold = --force (every task runs); warm = from turbo's local cache (${hits} cached)`,
  };
}

function failed(area, benchmark, run) {
  return { area, benchmark, result: "failed", ratio: "", notes: `exit ${run.code}: ${lastLine(run.output)}` };
}
