// The parts of Seyna objects the rules read, declared structurally so this package needs neither the
// client nor its generated types. Stored objects (`Contract`) and PUT bodies (`ContractInput`) of
// @partner-apis/seyna both qualify (its type tests check it), so a body can be checked before it is sent.

/** A date as Seyna writes it: `YYYY-MM-DD` or an ISO 8601 date-time. */
export type SeynaDate = string;

/** The five amounts of a contract or receipt guarantee. */
export const PREMIUM_FIELDS = ["premium", "tax", "discount", "broker_fee", "cost_acquisition"] as const;

/** The three paid amounts a settlement carries, mirrored on its claim. */
export const PAID_FIELDS = ["paid", "management_paid", "subrogation_paid"] as const;

/** The three outstanding amounts of a claim: all zero once it is closed. */
export const OUTSTANDING_FIELDS = ["outstanding", "management_outstanding", "subrogation_outstanding"] as const;

/** The amounts of one contract or receipt guarantee. */
export type PremiumAmounts = Record<(typeof PREMIUM_FIELDS)[number], number>;

/** The amounts of one settlement guarantee. */
export type PaidAmounts = Record<(typeof PAID_FIELDS)[number], number>;

/** The amounts of one claim guarantee: paid and outstanding, and the from-the-ground-up figure. */
export type ClaimGuaranteeAmounts = PaidAmounts & Record<(typeof OUTSTANDING_FIELDS)[number] | "fgu_claim", number>;

export interface ContractLike {
  id?: string;
  start_cover_date: SeynaDate;
  end_cover_date: SeynaDate;
  cancel_date?: SeynaDate;
  guarantees: { [name: string]: PremiumAmounts };
}

export interface ReceiptLike {
  id?: string;
  contract_id?: string;
  start_cover_date: SeynaDate;
  end_cover_date: SeynaDate;
  guarantees: { [name: string]: PremiumAmounts };
}

export interface ClaimLike {
  id?: string;
  status?: string;
  guarantees: { [name: string]: ClaimGuaranteeAmounts };
}

export interface SettlementLike {
  id?: string;
  claim_id?: string;
  guarantees: { [name: string]: PaidAmounts };
}
