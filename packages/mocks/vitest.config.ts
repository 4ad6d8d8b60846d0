import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file starts its own Prism processes; two workers fit 2 cores.
    maxWorkers: 2,
  },
});
