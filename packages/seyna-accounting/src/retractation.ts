// Rule: a retracted contract has its cover, and its receipts' cover, collapsed to its
// start_cover_date, every guarantee amount at zero, and no negative receipt.
import { receiptName } from "./coverage.js";
import { isoInstant, shortInstant } from "./dates.js";
import { format, isZero, toNumber } from "./decimal.js";
import { type ContractLike, PREMIUM_FIELDS, type ReceiptLike } from "./inputs.js";
import { readAmounts, readDate, readGuarantees } from "./read.js";
import { childPath, type Violation } from "./violation.js";

/** Checks a retracted contract and its receipts: collapsed to start_cover_date, zero amounts, no negative receipt. */
export function checkRetractation(contract: ContractLike, receipts: readonly ReceiptLike[]): Violation[] {
  const violations: Violation[] = [];
  const start = readDate(contract.start_cover_date, "contract.start_cover_date", violations);
  if (start !== undefined) {
    collapsed(contract.end_cover_date, "contract.end_cover_date", "the contract's end_cover_date", start, violations);
    receipts.forEach((receipt, index) => {
      const name = receiptName(receipts, index);
      collapsed(
        receipt.start_cover_date,
        `receipts[${index}].start_cover_date`,
        `${name} start_cover_date`,
        start,
        violations,
      );
      collapsed(
        receipt.end_cover_date,
        `receipts[${index}].end_cover_date`,
        `${name} end_cover_date`,
        start,
        violations,
      );
    });
  }
  zeroAmounts(contract.guarantees, "contract.guarantees", "the retracted contract", violations);
  receipts.forEach((receipt, index) => {
    zeroAmounts(receipt.guarantees, `receipts[${index}].guarantees`, receiptName(receipts, index), violations);
  });
  return violations;
}

function collapsed(value: unknown, path: string, what: string, start: number, violations: Violation[]): void {
  const ms = readDate(value, path, violations);
  if (ms === undefined || ms === start) return;
  violations.push({
    rule: "retractation-collapsed",
    kind: "date",
    path,
    expected: isoInstant(start),
    actual: isoInstant(ms),
    difference: ms - start,
    message: `${path}: on a retracted contract ${what} is collapsed to the contract's start_cover_date ${shortInstant(start)}, found ${shortInstant(ms)}`,
  });
}

function zeroAmounts(guarantees: unknown, base: string, owner: string, violations: Violation[]): void {
  for (const [name, guarantee] of readGuarantees(guarantees, base, violations)) {
    const path = childPath(base, name);
    const amounts = readAmounts(guarantee, PREMIUM_FIELDS, path, violations);
    for (const field of PREMIUM_FIELDS) {
      const amount = amounts[field];
      if (amount === undefined || isZero(amount)) continue;
      const fieldPath = childPath(path, field);
      const negative = amount.units < 0n;
      violations.push({
        rule: negative ? "retractation-no-negative-receipt" : "retractation-collapsed",
        kind: "amount",
        path: fieldPath,
        expected: 0,
        actual: toNumber(amount),
        difference: toNumber(amount),
        message: negative
          ? `${fieldPath}: a retracted contract takes no negative receipt: its amounts are set to zero instead, found ${format(amount)} on ${owner}`
          : `${fieldPath}: on a retracted contract every guarantee amount is zero, found ${format(amount)} on ${owner}`,
      });
    }
  }
}
