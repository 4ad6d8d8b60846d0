import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "../../scripts/lib/vitest-node20.mjs";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Prism per file; two workers fit 2 cores.
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
