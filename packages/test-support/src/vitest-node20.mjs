// Imported by every vitest config (`import "@partner-apis/test-support/vitest-node20"`). vitest 5's
// failure summary calls Map.groupBy (Node >= 21): on Node 20 the reporter itself would crash and hide
// the failed assertion.
if (typeof Map.groupBy !== "function") {
  Map.groupBy = (items, keyOf) => {
    const groups = new Map();
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
