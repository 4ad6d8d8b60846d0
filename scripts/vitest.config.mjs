// Tests of the repository's own tooling (release, breaking-change check, quality gates, benchmarks).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["scripts/**/test/**/*.test.mjs", "bench/test/**/*.test.mjs"],
    exclude: ["**/node_modules/**", "**/test/fixtures/**"],
    // These tests spawn CLIs and build fixture repositories, and the fourth-provider test installs and
    // builds a copy of the repository: generous bounds for a loaded machine. They are limits, not
    // expectations (vitest's 5 s default failed a correct test on a busy laptop).
    testTimeout: 5 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
