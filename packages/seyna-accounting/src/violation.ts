// What every accounting rule returns: violations that say where, what was expected and what was found.

/** Identifies the rule a violation breaks. */
export type RuleId =
  | "receipts-sum-to-contract"
  | "receipts-pave-contract-cover"
  | "receipts-beyond-end-compensated"
  | "retractation-collapsed"
  | "retractation-no-negative-receipt"
  | "settlements-sum-to-claim"
  | "closed-claim-outstanding-zero"
  | "belongs-to-parent"
  | "invalid-value";

interface ViolationBase {
  rule: RuleId;
  /** The offending field, from the checked objects: `contract.guarantees.theft.premium`, `receipts[2].end_cover_date`. */
  path: string;
  message: string;
  /** Other fields involved (e.g. the receipt amounts that were summed). */
  related?: string[];
}

/** An amount that differs from what the rule expects; `difference` = actual − expected, computed exactly. */
export interface AmountViolation extends ViolationBase {
  kind: "amount";
  expected: number;
  actual: number;
  difference: number;
}

/** A date that differs from what the rule expects (ISO instants); `difference` = actual − expected in milliseconds. */
export interface DateViolation extends ViolationBase {
  kind: "date";
  expected: string;
  actual: string;
  difference: number;
}

/** A value of the wrong kind or an id that does not match (unparsable date, unknown guarantee, wrong parent). */
export interface ValueViolation extends ViolationBase {
  kind: "value";
  expected: string;
  actual: string;
}

export type Violation = AmountViolation | DateViolation | ValueViolation;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `base.key`, or `base["key"]` when the key is not a plain identifier (guarantee names are free text). */
export function childPath(base: string, key: string): string {
  return IDENTIFIER.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}
