import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // Timing assertions (Retry-After) need a calm CPU: 2 workers on a shared 2-core machine.
    maxWorkers: 2,
  },
});
