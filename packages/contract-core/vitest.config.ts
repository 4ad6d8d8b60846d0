import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
