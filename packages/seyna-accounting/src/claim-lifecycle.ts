// Rule: a closed claim has every outstanding value (outstanding, management_outstanding,
// subrogation_outstanding) set to zero.
import { format, isZero, toNumber } from "./decimal.js";
import { type ClaimLike, OUTSTANDING_FIELDS } from "./inputs.js";
import { readAmounts, readGuarantees } from "./read.js";
import { childPath, type Violation } from "./violation.js";

/** The status the page's life cycle ends with. */
export const CLOSED_STATUS = "closed";

/** Checks that a claim whose status is `closed` has nothing outstanding. */
export function checkClosedClaim(claim: ClaimLike): Violation[] {
  const violations: Violation[] = [];
  if (claim.status !== CLOSED_STATUS) return violations;
  for (const [name, guarantee] of readGuarantees(claim.guarantees, "claim.guarantees", violations)) {
    const path = childPath("claim.guarantees", name);
    const amounts = readAmounts(guarantee, OUTSTANDING_FIELDS, path, violations);
    for (const field of OUTSTANDING_FIELDS) {
      const amount = amounts[field];
      if (amount === undefined || isZero(amount)) continue;
      const fieldPath = childPath(path, field);
      violations.push({
        rule: "closed-claim-outstanding-zero",
        kind: "amount",
        path: fieldPath,
        expected: 0,
        actual: toNumber(amount),
        difference: toNumber(amount),
        message: `${fieldPath}: a closed claim has nothing outstanding, found ${format(amount)}`,
      });
    }
  }
  return violations;
}
