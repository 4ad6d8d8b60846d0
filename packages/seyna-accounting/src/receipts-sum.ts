// Rule: once a contract is finished, its receipts' guarantees sum to its own, per guarantee and
// per amount, exactly (decimal arithmetic, never floats: 0.1 + 0.2 is 0.3).
import { type ContractLike, PREMIUM_FIELDS, type ReceiptLike } from "./inputs.js";
import { checkStreamSum } from "./stream-sum.js";
import type { Violation } from "./violation.js";

/** Checks that the receipts' premium, tax, discount, broker_fee and cost_acquisition add up to the contract's, per guarantee. */
export function checkReceiptsSum(contract: ContractLike, receipts: readonly ReceiptLike[]): Violation[] {
  return checkStreamSum(
    {
      rule: "receipts-sum-to-contract",
      parent: "contract",
      stream: "receipts",
      item: "receipt",
      fields: PREMIUM_FIELDS,
      hint: () => "once the contract is finished, its receipts' guarantees sum to its own",
    },
    contract.guarantees,
    receipts.map((r) => r.guarantees),
  );
}
