// Adds up the vitest JSON reports of every package into one closing line: "tests: N passed, N failed, N skipped".
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const roots = ["packages", "apps"];
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
for (const root of roots) {
  for (const name of await readdir(root).catch(() => [])) {
    const report = await readFile(join(root, name, "test-results", "vitest.json"), "utf8").catch(() => null);
    if (!report) continue;
    const { numPassedTests = 0, numFailedTests = 0, numPendingTests = 0, numTodoTests = 0 } = JSON.parse(report);
    totals.passed += numPassedTests;
    totals.failed += numFailedTests;
    totals.skipped += numPendingTests + numTodoTests;
    rows.push(`  ${`${root}/${name}`.padEnd(22)} ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`);
  }
}
console.log(rows.join("\n"));
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.failed > 0 || totals.passed === 0) process.exit(1);
