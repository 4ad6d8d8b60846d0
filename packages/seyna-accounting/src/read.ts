// Reading amounts and dates defensively: a malformed value becomes an `invalid-value` violation
// naming its path, and the rule carries on with what it could read.
import { parseSeynaDate } from "./dates.js";
import { type Decimal, toDecimal } from "./decimal.js";
import { childPath, type Violation } from "./violation.js";

/** The named amounts of `record` as decimals; a missing or non-finite one is reported and left out. */
export function readAmounts<F extends string>(
  record: unknown,
  fields: readonly F[],
  path: string,
  violations: Violation[],
): Partial<Record<F, Decimal>> {
  const out: Partial<Record<F, Decimal>> = {};
  if (record === null || typeof record !== "object") {
    violations.push(invalid(path, "an object of amounts", record));
    return out;
  }
  for (const field of fields) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value === "number" && Number.isFinite(value)) out[field] = toDecimal(value);
    else violations.push(invalid(childPath(path, field), "a finite number", value));
  }
  return out;
}

/** The guarantees map of an object as entries; a non-object is reported and read as empty. */
export function readGuarantees(guarantees: unknown, path: string, violations: Violation[]): Array<[string, unknown]> {
  if (guarantees !== null && typeof guarantees === "object" && !Array.isArray(guarantees))
    return Object.entries(guarantees);
  violations.push(invalid(path, "an object keyed by guarantee name", guarantees));
  return [];
}

/** A Seyna date in ms; an unparsable one is reported and read as undefined. */
export function readDate(value: unknown, path: string, violations: Violation[]): number | undefined {
  const ms = parseSeynaDate(value);
  if (ms === undefined) violations.push(invalid(path, "a date (YYYY-MM-DD) or date-time with Z or an offset", value));
  return ms;
}

function invalid(path: string, expected: string, found: unknown): Violation {
  const actual = found === undefined ? "missing" : (JSON.stringify(found) ?? String(found));
  return {
    rule: "invalid-value",
    kind: "value",
    path,
    expected,
    actual,
    message: `${path}: expected ${expected}, found ${actual}`,
  };
}
