// Tests of the repository's own tooling (release, breaking-change check, quality gates, benchmarks).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["scripts/**/test/**/*.test.mjs", "bench/test/**/*.test.mjs"],
    exclude: ["**/node_modules/**"],
  },
});
