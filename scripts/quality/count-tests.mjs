#!/usr/bin/env node
// Adds up the vitest JSON reports named <file> under packages/*/test-results, apps/*/test-results and
// test-results/ (the repository's own tooling) into one line: "<label>: N passed, N failed, N skipped".
// Exits 1 when a test failed or none ran. Usage: node scripts/quality/count-tests.mjs <file> <label>
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const [file = "vitest.json", label = "tests"] = process.argv.slice(2);
const reports = ["test-results"];
for (const parent of ["packages", "apps"]) {
  for (const name of await readdir(parent).catch(() => [])) reports.push(join(parent, name, "test-results"));
}

const totals = { passed: 0, failed: 0, skipped: 0, files: 0 };
for (const dir of reports) {
  const text = await readFile(join(dir, file), "utf8").catch(() => null);
  if (text === null) continue;
  const report = JSON.parse(text);
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  totals.files += 1;
}
console.log(
  `${label} (${totals.files} suites): ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
);
if (totals.failed > 0 || totals.passed === 0) process.exitCode = 1;
