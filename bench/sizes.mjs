// Bundle sizes of the client packages (size-limit, the same budgets CI enforces), against their budget.
import { formatBytes, formatRatio } from "./lib/rows.mjs";
import { lastLine, timeCommand } from "./lib/run-command.mjs";

/** One row per size-limit check. */
export async function sizeRows({ root, log }) {
  log("sizes: size-limit --json");
  const run = await timeCommand("pnpm", ["exec", "size-limit", "--json"], { cwd: root });
  const start = run.output.indexOf("[");
  let checks;
  try {
    checks = JSON.parse(run.output.slice(start, run.output.lastIndexOf("]") + 1));
  } catch {
    return [
      {
        area: "Bundle size",
        benchmark: "size-limit",
        result: "not run",
        ratio: "",
        notes: `exit ${run.code}: ${lastLine(run.output)}`,
      },
    ];
  }
  return checks.map((check) => {
    if (!(check.size > 0)) {
      return {
        area: "Bundle size",
        benchmark: check.name,
        result: "not built",
        ratio: "",
        notes: "no dist/index.js: build first",
      };
    }
    const budget = check.sizeLimit;
    return {
      area: "Bundle size",
      benchmark: check.name,
      result: `${formatBytes(check.size)} min+gzip`,
      ratio: budget ? `of budget ${formatRatio(check.size / budget)}` : "",
      notes: budget ? `budget ${formatBytes(budget)}: ${check.passed ? "within" : "OVER"}` : "",
    };
  });
}
