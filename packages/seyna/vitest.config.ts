import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Prism per file; two workers fit 2 cores.
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
