// Adds up the vitest JSON reports of every package (and of the root tooling tests) into one closing
// line: "tests: N passed, N failed, N skipped".
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const REPORT = join("test-results", "vitest.json");

/** Every folder that may hold a report: the repository root and each workspace package. */
async function reportFolders() {
  const folders = ["."];
  for (const root of ["specs", "packages", "apps"]) {
    for (const name of await readdir(root).catch(() => [])) folders.push(join(root, name));
  }
  return folders;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
for (const folder of await reportFolders()) {
  const report = await readFile(join(folder, REPORT), "utf8").catch(() => null);
  if (!report) continue;
  const { numPassedTests = 0, numFailedTests = 0, numPendingTests = 0, numTodoTests = 0 } = JSON.parse(report);
  const skipped = numPendingTests + numTodoTests;
  totals.passed += numPassedTests;
  totals.failed += numFailedTests;
  totals.skipped += skipped;
  const name = folder === "." ? "(repository tooling)" : folder;
  rows.push(`  ${name.padEnd(24)} ${numPassedTests} passed, ${numFailedTests} failed, ${skipped} skipped`);
}
console.log(rows.join("\n"));
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.failed > 0 || totals.passed === 0) process.exit(1);
