// Shared by the two "the accounting stream adds up to the object" rules: receipts → contract,
// settlements → claim. Sums per guarantee and per amount, exactly.
import { compare, type Decimal, format, subtract, sum, toNumber } from "./decimal.js";
import { readAmounts, readGuarantees } from "./read.js";
import { childPath, type RuleId, type Violation } from "./violation.js";

export interface StreamSumSpec<F extends string> {
  rule: RuleId;
  /** "contract" / "claim": the object, and the root of its paths. */
  parent: string;
  /** "receipts" / "settlements": the stream, and the root of their paths. */
  stream: string;
  /** "receipt" / "settlement", for messages. */
  item: string;
  fields: readonly F[];
  /** Appended to a mismatch message, to say what the rule means. */
  hint?: (field: F) => string;
}

/** Compares, per guarantee of the parent and per field, the parent's amount with the exact sum of the stream's. */
export function checkStreamSum<F extends string>(
  spec: StreamSumSpec<F>,
  parentGuarantees: unknown,
  streamGuarantees: readonly unknown[],
): Violation[] {
  const violations: Violation[] = [];
  const parentBase = `${spec.parent}.guarantees`;
  const expectedByName = new Map(readGuarantees(parentGuarantees, parentBase, violations));
  const known = [...expectedByName.keys()].map((k) => JSON.stringify(k)).join(", ") || "none";
  // guarantee → field → the stream's amounts and where they were read.
  const parts = new Map<string, Map<F, Array<{ path: string; amount: Decimal }>>>();

  streamGuarantees.forEach((guarantees, index) => {
    const base = `${spec.stream}[${index}].guarantees`;
    for (const [name, guarantee] of readGuarantees(guarantees, base, violations)) {
      const path = childPath(base, name);
      if (!expectedByName.has(name)) {
        violations.push({
          rule: spec.rule,
          kind: "value",
          path,
          expected: `a guarantee of the ${spec.parent} (${known})`,
          actual: JSON.stringify(name),
          message: `${path}: guarantee ${JSON.stringify(name)} is not a guarantee of the ${spec.parent} (its guarantees: ${known})`,
        });
        continue;
      }
      const amounts = readAmounts(guarantee, spec.fields, path, violations);
      const byField = parts.get(name) ?? new Map<F, Array<{ path: string; amount: Decimal }>>();
      parts.set(name, byField);
      for (const field of spec.fields) {
        const amount = amounts[field];
        if (amount === undefined) continue;
        const list = byField.get(field) ?? [];
        list.push({ path: childPath(path, field), amount });
        byField.set(field, list);
      }
    }
  });

  for (const [name, guarantee] of expectedByName) {
    const path = childPath(parentBase, name);
    const expected = readAmounts(guarantee, spec.fields, path, violations);
    for (const field of spec.fields) {
      const parentAmount = expected[field];
      if (parentAmount === undefined) continue;
      const summed = parts.get(name)?.get(field) ?? [];
      const actual = sum(summed.map((p) => p.amount));
      if (compare(actual, parentAmount) === 0) continue;
      const fieldPath = childPath(path, field);
      const difference = subtract(actual, parentAmount);
      const count = `${summed.length} ${spec.item} amount${summed.length === 1 ? "" : "s"}`;
      violations.push({
        rule: spec.rule,
        kind: "amount",
        path: fieldPath,
        expected: toNumber(parentAmount),
        actual: toNumber(actual),
        difference: toNumber(difference),
        related: summed.map((p) => p.path),
        message:
          `${fieldPath}: the ${spec.parent} says ${format(parentAmount)} but its ${count} for guarantee ${JSON.stringify(name)} ` +
          `add up to ${format(actual)} (difference ${format(difference)})${spec.hint ? `: ${spec.hint(field)}` : ""}`,
      });
    }
  }
  return violations;
}
