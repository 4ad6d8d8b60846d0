// Each schema of the Seyna contract under its own name, so users write `Contract`, not
// `components["schemas"]["Contract"]`.
import type { components } from "./generated/seyna.js";

type Schemas = components["schemas"];

export type Portfolio = Schemas["Portfolio"];
export type PortfolioList = Schemas["PortfolioList"];
export type Contract = Schemas["Contract"];
export type ContractInput = Schemas["ContractInput"];
export type ContractList = Schemas["ContractList"];
export type ContractGuarantee = Schemas["ContractGuarantee"];
export type ContractGuarantees = Schemas["ContractGuarantees"];
export type Receipt = Schemas["Receipt"];
export type ReceiptInput = Schemas["ReceiptInput"];
export type ReceiptList = Schemas["ReceiptList"];
export type ReceiptGuarantee = Schemas["ReceiptGuarantee"];
export type ReceiptGuarantees = Schemas["ReceiptGuarantees"];
export type Claim = Schemas["Claim"];
export type ClaimInput = Schemas["ClaimInput"];
export type ClaimList = Schemas["ClaimList"];
export type ClaimGuarantee = Schemas["ClaimGuarantee"];
export type ClaimGuarantees = Schemas["ClaimGuarantees"];
export type Settlement = Schemas["Settlement"];
export type SettlementInput = Schemas["SettlementInput"];
export type SettlementList = Schemas["SettlementList"];
export type SettlementGuarantee = Schemas["SettlementGuarantee"];
export type SettlementGuarantees = Schemas["SettlementGuarantees"];
export type Entity = Schemas["Entity"];
export type IndividualEntity = Schemas["IndividualEntity"];
export type CompanyEntity = Schemas["CompanyEntity"];
export type NonprofitEntity = Schemas["NonprofitEntity"];
export type CancelReason = Schemas["CancelReason"];
export type DateOrDateTime = Schemas["DateOrDateTime"];
/** The body of every Seyna error response: `{ object: "error", status, type, msg }`. */
export type ErrorBody = Schemas["Error"];
