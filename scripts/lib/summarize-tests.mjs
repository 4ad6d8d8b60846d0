#!/usr/bin/env node
// Adds up the vitest JSON reports of every suite (each workspace package with a `test` script, and the
// repository's own tooling tests) into the closing summary: a line per suite, then every failing test by
// suite, file and name, then one counts line: "tests: N passed, N failed, N skipped".
// A suite that should have reported and did not (it crashed, timed out or was stopped) is a failure too:
// a silent suite must never read as a green one.
// Usage: node scripts/lib/summarize-tests.mjs [--report vitest.json] [--label tests] [--skip apps|tooling]…
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: {
    report: { type: "string", default: "vitest.json" },
    label: { type: "string", default: "tests" },
    // Suites not expected: a workspace folder (apps, packages, specs) or `tooling` (the root's own tests);
    // the Node matrix leaves the docs and the tooling to the main run.
    skip: { type: "string", multiple: true, default: [] },
  },
});

/** Every suite that must report: the tooling at the root and each workspace package with a `test` script. */
async function expectedSuites() {
  const suites = options.skip.includes("tooling") ? [] : [{ name: "(repository tooling)", dir: "." }];
  for (const parent of ["specs", "packages", "apps"].filter((folder) => !options.skip.includes(folder))) {
    for (const name of (await readdir(parent).catch(() => [])).sort()) {
      const manifest = await readFile(join(parent, name, "package.json"), "utf8").catch(() => null);
      if (manifest && JSON.parse(manifest).scripts?.test)
        suites.push({ name: join(parent, name), dir: join(parent, name) });
    }
  }
  return suites;
}

/** The failing tests of one report: a file that failed to load counts as one failure named after the file. */
function failuresOf(report, dir) {
  const failures = [];
  for (const file of report.testResults ?? []) {
    const where = relative(dir, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failed) {
      const reason = String(test.failureMessages?.[0] ?? "").split("\n")[0];
      failures.push(`${where} › ${test.fullName}${reason ? `\n        ${reason.slice(0, 300)}` : ""}`);
    }
    if (file.status === "failed" && failed.length === 0) {
      failures.push(
        `${where} (the file did not run: ${String(file.message ?? "")
          .split("\n")[0]
          .slice(0, 300)})`,
      );
    }
  }
  return failures;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
const failing = [];
for (const suite of await expectedSuites()) {
  const text = await readFile(join(suite.dir, "test-results", options.report), "utf8").catch(() => null);
  if (text === null) {
    totals.failed += 1;
    rows.push(`  ${suite.name.padEnd(26)} no report: the suite did not run to the end`);
    failing.push(`  ${suite.name}: no report (crashed, stopped, or never started)`);
    continue;
  }
  const report = JSON.parse(text);
  const passed = report.numPassedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const failures = failuresOf(report, suite.dir);
  const failed = Math.max(report.numFailedTests ?? 0, failures.length);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  rows.push(`  ${suite.name.padEnd(26)} ${passed} passed, ${failed} failed, ${skipped} skipped`);
  for (const failure of failures) failing.push(`  ${suite.name}: ${failure}`);
}

console.log(rows.join("\n"));
if (failing.length > 0) console.log(`failing tests:\n${failing.join("\n")}`);
console.log(`${options.label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.failed > 0 || totals.passed === 0) process.exitCode = 1;
