export { checkReceiptsBelongTo, checkSettlementsBelongTo } from "./belongs-to.js";
export { checkBeyondEndCompensated } from "./beyond-end.js";
export { checkClaim } from "./check-claim.js";
export { type CheckContractOptions, checkContract } from "./check-contract.js";
export { CLOSED_STATUS, checkClosedClaim } from "./claim-lifecycle.js";
export { type ClaimValue, claimValue, claimValues } from "./claim-value.js";
export { checkCoverPaving } from "./cover-paving.js";
export { isCompensation } from "./coverage.js";
export { parseSeynaDate } from "./dates.js";
export type {
  ClaimGuaranteeAmounts,
  ClaimLike,
  ContractLike,
  PaidAmounts,
  PremiumAmounts,
  ReceiptLike,
  SettlementLike,
  SeynaDate,
} from "./inputs.js";
export { OUTSTANDING_FIELDS, PAID_FIELDS, PREMIUM_FIELDS } from "./inputs.js";
export { checkReceiptsSum } from "./receipts-sum.js";
export { checkRetractation } from "./retractation.js";
export { checkSettlementsSum } from "./settlements-sum.js";
export type { AmountViolation, DateViolation, RuleId, ValueViolation, Violation } from "./violation.js";
