// Tests of the repository's own tooling (release, breaking-change check, quality gates, benchmarks).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// vitest 5's failure summary calls Map.groupBy (Node >= 21): on Node 20 the reporter would crash
// instead of showing the failed assertion.
if (typeof Map.groupBy !== "function") {
  Map.groupBy = (items, keyOf) => {
    const groups = new Map();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    return groups;
  };
}

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["scripts/**/test/**/*.test.mjs", "bench/test/**/*.test.mjs"],
    exclude: ["**/node_modules/**"],
  },
});
