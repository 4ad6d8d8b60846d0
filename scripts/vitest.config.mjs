// Tests of the repository's own tooling (release, breaking-change check, quality gates, benchmarks).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "./lib/vitest-node20.mjs";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["scripts/**/test/**/*.test.mjs", "bench/test/**/*.test.mjs"],
    exclude: ["**/node_modules/**"],
    // These tests spawn CLIs and build fixture repositories: vitest's 5 s default is a statement about the
    // machine's speed, not about our code (a loaded 2-core laptop took longer and failed a correct test).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
