// The parts of Seyna objects the rules read. Stored objects (`Contract`) and PUT bodies
// (`ContractInput`) both qualify, so a body can be checked before it is sent.
import type { ClaimInput, ContractInput, ReceiptInput, SettlementInput } from "../schemas.js";

export type ContractLike = Pick<ContractInput, "start_cover_date" | "end_cover_date" | "guarantees"> &
  Partial<Pick<ContractInput, "id" | "cancel_date">>;

export type ReceiptLike = Pick<ReceiptInput, "start_cover_date" | "end_cover_date" | "guarantees"> &
  Partial<Pick<ReceiptInput, "id" | "contract_id">>;

export type ClaimLike = Pick<ClaimInput, "guarantees"> & Partial<Pick<ClaimInput, "id" | "status">>;

export type SettlementLike = Pick<SettlementInput, "guarantees"> & Partial<Pick<SettlementInput, "id" | "claim_id">>;

/** The five amounts of a contract or receipt guarantee. */
export const PREMIUM_FIELDS = ["premium", "tax", "discount", "broker_fee", "cost_acquisition"] as const;

/** The three paid amounts a settlement carries, mirrored on its claim. */
export const PAID_FIELDS = ["paid", "management_paid", "subrogation_paid"] as const;

/** The three outstanding amounts of a claim: all zero once it is closed. */
export const OUTSTANDING_FIELDS = ["outstanding", "management_outstanding", "subrogation_outstanding"] as const;
