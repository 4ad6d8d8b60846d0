// Rule: each increase of a claim's paid values is matched by a settlement of the same amount, so
// its settlements add up to its paid, management_paid and subrogation_paid, per guarantee.
import { type ClaimLike, PAID_FIELDS, type SettlementLike } from "./inputs.js";
import { checkStreamSum } from "./stream-sum.js";
import type { Violation } from "./violation.js";

/** Checks that the settlements' paid amounts add up, per guarantee, to the claim's. */
export function checkSettlementsSum(claim: ClaimLike, settlements: readonly SettlementLike[]): Violation[] {
  return checkStreamSum(
    {
      rule: "settlements-sum-to-claim",
      parent: "claim",
      stream: "settlements",
      item: "settlement",
      fields: PAID_FIELDS,
      hint: (field) => `each increase of the claim's ${field} is matched by a settlement of the same amount`,
    },
    claim.guarantees,
    settlements.map((s) => s.guarantees),
  );
}
