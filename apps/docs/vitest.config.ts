import { defineConfig } from "vitest/config";
// Node 20 lacks Map.groupBy, which vitest 5 needs to report a failure.
import "@partner-apis/test-support/vitest-node20";

const BROWSER_SUITES = ["test/browser.test.ts", "test/**/*.mock.test.ts"];

export default defineConfig({
  test: {
    // Site builds, tsc runs, mocks and a real Chromium: slow on a shared 2-core machine, never timed.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One heavy suite at a time: the machine is shared.
    fileParallelism: false,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: BROWSER_SUITES } },
      {
        extends: true,
        test: {
          name: "browser",
          include: BROWSER_SUITES,
          // Builds the site, serves it, starts the mocks and ONE Chromium for the whole run.
          globalSetup: ["test/helpers/global-setup.ts"],
        },
      },
    ],
  },
});
