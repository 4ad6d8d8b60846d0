// Every subscription rule of a contract and its receipts, in one call.

import { checkReceiptsBelongTo } from "./belongs-to.js";
import { checkBeyondEndCompensated } from "./beyond-end.js";
import { checkCoverPaving } from "./cover-paving.js";
import { dedupe } from "./dedupe.js";
import type { ContractLike, ReceiptLike } from "./inputs.js";
import { checkReceiptsSum } from "./receipts-sum.js";
import { checkRetractation } from "./retractation.js";
import type { Violation } from "./violation.js";

export interface CheckContractOptions {
  /**
   * The contract was retracted: check the retractation rule (cover collapsed to start_cover_date,
   * zero amounts, no negative receipt) instead of compensation past the end. The API has no
   * published value telling a retractation apart, so the caller says it.
   */
  retracted?: boolean;
}

/**
 * Checks a finished contract against its receipts: they belong to it, their amounts sum to its
 * guarantees, their cover periods pave its own, and what they charge past its end is compensated
 * (or, retracted, everything is collapsed and zero). Returns every violation; none = consistent.
 */
export function checkContract(
  contract: ContractLike,
  receipts: readonly ReceiptLike[],
  options: CheckContractOptions = {},
): Violation[] {
  return dedupe([
    ...checkReceiptsBelongTo(contract, receipts),
    ...checkReceiptsSum(contract, receipts),
    ...checkCoverPaving(contract, receipts),
    ...(options.retracted ? checkRetractation(contract, receipts) : checkBeyondEndCompensated(contract, receipts)),
  ]);
}
