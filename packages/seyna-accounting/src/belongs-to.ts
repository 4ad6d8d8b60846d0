// Rule: the receipts checked against a contract are that contract's, and the settlements checked
// against a claim are that claim's (compared only when both ids are present).
import type { ClaimLike, ContractLike, ReceiptLike, SettlementLike } from "./inputs.js";
import type { Violation } from "./violation.js";

/** Receipts whose contract_id is not the contract's id. */
export function checkReceiptsBelongTo(contract: ContractLike, receipts: readonly ReceiptLike[]): Violation[] {
  return mismatches(
    contract.id,
    receipts.map((r) => r.contract_id),
    "receipts",
    "contract_id",
    "contract",
  );
}

/** Settlements whose claim_id is not the claim's id. */
export function checkSettlementsBelongTo(claim: ClaimLike, settlements: readonly SettlementLike[]): Violation[] {
  return mismatches(
    claim.id,
    settlements.map((s) => s.claim_id),
    "settlements",
    "claim_id",
    "claim",
  );
}

function mismatches(
  parentId: string | undefined,
  childIds: Array<string | undefined>,
  list: string,
  field: string,
  parent: string,
): Violation[] {
  if (typeof parentId !== "string") return [];
  const violations: Violation[] = [];
  childIds.forEach((id, index) => {
    if (id === undefined || id === parentId) return;
    const path = `${list}[${index}].${field}`;
    violations.push({
      rule: "belongs-to-parent",
      kind: "value",
      path,
      expected: JSON.stringify(parentId),
      actual: JSON.stringify(id),
      message: `${path}: expected the ${parent}'s id ${JSON.stringify(parentId)}, found ${JSON.stringify(id)}: it belongs to another ${parent}`,
    });
  });
  return violations;
}
