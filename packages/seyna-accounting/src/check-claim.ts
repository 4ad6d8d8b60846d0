// Every claim rule of a claim and its settlements, in one call.
import { checkSettlementsBelongTo } from "./belongs-to.js";
import { checkClosedClaim } from "./claim-lifecycle.js";
import { dedupe } from "./dedupe.js";
import type { ClaimLike, SettlementLike } from "./inputs.js";
import { checkSettlementsSum } from "./settlements-sum.js";
import type { Violation } from "./violation.js";

/**
 * Checks a claim against its settlements: they belong to it, they add up to its paid amounts per
 * guarantee, and a closed claim has nothing outstanding. Returns every violation; none = consistent.
 * (The claim value itself is computed by `claimValues`.)
 */
export function checkClaim(claim: ClaimLike, settlements: readonly SettlementLike[]): Violation[] {
  return dedupe([
    ...checkSettlementsBelongTo(claim, settlements),
    ...checkSettlementsSum(claim, settlements),
    ...checkClosedClaim(claim),
  ]);
}
