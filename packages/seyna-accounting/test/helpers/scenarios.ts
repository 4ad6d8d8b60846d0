// The page's subscription and claim scenarios as data: one phone contract (theft + breakage)
// from 2024-01-01 to 2025-01-01, paid quarterly; one theft claim on it.
import type { ClaimLike, ContractLike, ReceiptLike, SettlementLike } from "../../src/index.js";
import { claimVersionsExample, contractExample, receiptsExample, type Stored, settlementsExample } from "./examples.js";

type Contract = Stored<ContractLike>;
type Receipt = Stored<ReceiptLike>;
type Claim = Stored<ClaimLike>;
type Settlement = Stored<SettlementLike>;
type Guarantees = ContractLike["guarantees"];

type Amounts = [premium: number, tax: number, discount: number, broker_fee: number, cost_acquisition: number];

/** Guarantees from `[premium, tax, discount, broker_fee, cost_acquisition]` per guarantee name. */
export function guarantees(byName: Record<string, Amounts>): Guarantees {
  return Object.fromEntries(
    Object.entries(byName).map(([name, [premium, tax, discount, broker_fee, cost_acquisition]]) => [
      name,
      { premium, tax, discount, broker_fee, cost_acquisition },
    ]),
  );
}

export const YEAR = guarantees({ theft: [120, 10.8, 0, 12, 6], breakage: [60, 5.4, 0, 6, 3] });
export const QUARTER = guarantees({ theft: [30, 2.7, 0, 3, 1.5], breakage: [15, 1.35, 0, 1.5, 0.75] });
export const ZERO = guarantees({ theft: [0, 0, 0, 0, 0], breakage: [0, 0, 0, 0, 0] });

export function contract(overrides: Partial<Contract> = {}): Contract {
  return { ...contractExample(), ...overrides };
}

let receiptNumber = 0;
export function receipt(start: string, end: string, amounts: Guarantees, overrides: Partial<Receipt> = {}): Receipt {
  receiptNumber++;
  return {
    ...receiptsExample()[0]!,
    id: `rct-000123-${receiptNumber}`,
    start_cover_date: start,
    end_cover_date: end,
    guarantees: structuredClone(amounts),
    ...overrides,
  };
}

/** Single receipt: one receipt with the contract's guarantees and cover period. */
export function singleReceipt(): { contract: Contract; receipts: Receipt[] } {
  const c = contract({ splitting_type: "yearly" });
  return { contract: c, receipts: [receipt("2024-01-01", "2025-01-01", YEAR)] };
}

/** Multiple receipts: the spec's example, four quarterly receipts. */
export function quarterly(): { contract: Contract; receipts: Receipt[] } {
  return { contract: contract(), receipts: receiptsExample() };
}

/**
 * Early cancellation on 2024-05-01 (4 months of 12 kept): the contract's end and guarantees shrink,
 * Q1 and Q2 were already emitted, and a negative receipt gives back Q2's 2 months past the new end.
 */
export function earlyCancellation(): { contract: Contract; receipts: Receipt[] } {
  const c = contract({
    version: 2,
    end_cover_date: "2024-05-01",
    cancel_date: "2024-04-20",
    cancel_reason: "request",
    guarantees: guarantees({ theft: [40, 3.6, 0, 4, 2], breakage: [20, 1.8, 0, 2, 1] }),
  });
  return {
    contract: c,
    receipts: [
      receipt("2024-01-01", "2024-04-01", QUARTER),
      receipt("2024-04-01", "2024-07-01", QUARTER),
      receipt(
        "2024-05-01",
        "2024-07-01",
        guarantees({ theft: [-20, -1.8, 0, -2, -1], breakage: [-10, -0.9, 0, -1, -0.5] }),
      ),
    ],
  };
}

/** Whole cancellation: the cover collapses to start_cover_date; the emitted Q1 is fully given back. */
export function wholeCancellation(): { contract: Contract; receipts: Receipt[] } {
  const c = contract({
    end_cover_date: "2024-01-01",
    cancel_date: "2024-01-01",
    cancel_reason: "payment",
    guarantees: structuredClone(ZERO),
  });
  return {
    contract: c,
    receipts: [
      receipt("2024-01-01", "2024-04-01", QUARTER),
      receipt(
        "2024-01-01",
        "2024-04-01",
        guarantees({ theft: [-30, -2.7, 0, -3, -1.5], breakage: [-15, -1.35, 0, -1.5, -0.75] }),
      ),
    ],
  };
}

/** Retractation: contract and receipt collapsed to start_cover_date, every amount zero, no negative receipt. */
export function retractation(): { contract: Contract; receipts: Receipt[] } {
  const c = contract({ end_cover_date: "2024-01-01", cancel_date: "2024-01-05", guarantees: structuredClone(ZERO) });
  return { contract: c, receipts: [receipt("2024-01-01", "2024-01-01", ZERO)] };
}

/** The claim life cycle of the spec's examples: open, partly paid, closed; and its two settlements. */
export function claimLifeCycle(): { open: Claim; partlyPaid: Claim; closed: Claim; settlements: Settlement[] } {
  const [open, partlyPaid, closed] = claimVersionsExample() as [Claim, Claim, Claim];
  return { open, partlyPaid, closed, settlements: settlementsExample() };
}
