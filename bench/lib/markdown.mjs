// Writes BENCHMARKS.md: the machine, the date, and every benchmark row in one table.

/** The whole BENCHMARKS.md text for `rows` measured on `machine` at `date`. */
export function renderBenchmarks({ machine, date, commit, rows }) {
  const header = ["Area", "Benchmark", "Result", "Ratio", "Notes"];
  const lines = [
    "# Benchmarks",
    "",
    "Written by `pnpm bench` (scripts/bench): every benchmark of the repository, measured in one run on one machine.",
    "Ratios compare two things measured side by side in that run; absolute figures only mean something next to",
    "the machine they were measured on.",
    "",
    `- Date: ${date}${commit ? ` (commit ${commit})` : ""}`,
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, ${machine.os}`,
    `- Node ${machine.node}, pnpm ${machine.pnpm}`,
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${[row.area, row.benchmark, row.result, row.ratio, row.notes].map(cell).join(" | ")} |`),
    "",
  ];
  return lines.join("\n");
}

function cell(value) {
  return String(value ?? "")
    .replaceAll("|", "\\|")
    .replaceAll("\n", " ");
}
