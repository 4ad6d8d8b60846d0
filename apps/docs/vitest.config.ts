import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Site builds, tsc runs and a real Chromium: slow on a shared 2-core machine, never timed.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One Chromium at a time: the machine is shared.
    fileParallelism: false,
  },
});
