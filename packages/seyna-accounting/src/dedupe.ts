import type { Violation } from "./violation.js";

/** Drops repeats of the same rule on the same path (two rules reading one unparsable date report it once). */
export function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.rule}\u0000${v.path}\u0000${v.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
