import { defineConfig } from "vitest/config";

// vitest 5 prints failures with Map.groupBy (Node 21+): give Node 20 one, or a failing test
// crashes the reporter instead of saying what failed.
const MapWithGroupBy = Map as unknown as { groupBy?: unknown };
if (typeof MapWithGroupBy.groupBy !== "function") {
  MapWithGroupBy.groupBy = <T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}

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
