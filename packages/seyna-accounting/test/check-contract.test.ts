import { describe, expect, it } from "vitest";
import {
  checkBeyondEndCompensated,
  checkContract,
  checkCoverPaving,
  checkReceiptsSum,
  checkRetractation,
  isCompensation,
  type Violation,
} from "../src/index.js";
import { contractInputExample } from "./helpers/examples.js";
import {
  contract,
  earlyCancellation,
  guarantees,
  QUARTER,
  quarterly,
  receipt,
  retractation,
  singleReceipt,
  wholeCancellation,
  YEAR,
} from "./helpers/scenarios.js";

const DAY = 86_400_000;
const rulesOf = (violations: Violation[]) => violations.map((v) => `${v.rule} ${v.path}`);

describe("single receipt", () => {
  it("passes when the receipt has the contract's guarantees and cover period", () => {
    const { contract, receipts } = singleReceipt();
    expect(checkContract(contract, receipts)).toEqual([]);
  });

  it("reports a premium that differs, at the contract's field, with expected, actual and difference", () => {
    const { contract, receipts } = singleReceipt();
    receipts[0]!.guarantees.theft!.premium = 119;
    expect(checkContract(contract, receipts)).toEqual([
      expect.objectContaining({
        rule: "receipts-sum-to-contract",
        kind: "amount",
        path: "contract.guarantees.theft.premium",
        expected: 120,
        actual: 119,
        difference: -1,
        related: ["receipts[0].guarantees.theft.premium"],
      }),
    ]);
  });

  it("reports a receipt that ends before the contract", () => {
    const { contract, receipts } = singleReceipt();
    receipts[0]!.end_cover_date = "2024-12-31";
    expect(checkCoverPaving(contract, receipts)).toEqual([
      expect.objectContaining({
        path: "receipts[0].end_cover_date",
        expected: "2025-01-01T00:00:00.000Z",
        actual: "2024-12-31T00:00:00.000Z",
        difference: -DAY,
      }),
    ]);
  });
});

describe("multiple receipts", () => {
  it("passes for the spec's quarterly example: the amounts sum and the quarters pave the year", () => {
    const { contract, receipts } = quarterly();
    expect(receipts).toHaveLength(4);
    expect(checkContract(contract, receipts)).toEqual([]);
  });

  it("sums decimals exactly: 1.1 + 2.2 is 3.3 (floats say 3.3000000000000003)", () => {
    expect(1.1 + 2.2).not.toBe(3.3);
    const c = contract({ guarantees: guarantees({ theft: [3.3, 0, 0, 0, 0] }) });
    const receipts = [
      receipt("2024-01-01", "2024-07-01", guarantees({ theft: [1.1, 0, 0, 0, 0] })),
      receipt("2024-07-01", "2025-01-01", guarantees({ theft: [2.2, 0, 0, 0, 0] })),
    ];
    expect(checkReceiptsSum(c, receipts)).toEqual([]);
  });

  it("0.1 + 0.2 equals 0.3", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const c = contract({ guarantees: guarantees({ theft: [0.3, 0.03, 0, 0, 0] }) });
    const receipts = [
      receipt("2024-01-01", "2024-07-01", guarantees({ theft: [0.1, 0.01, 0, 0, 0] })),
      receipt("2024-07-01", "2025-01-01", guarantees({ theft: [0.2, 0.02, 0, 0, 0] })),
    ];
    expect(checkContract(c, receipts)).toEqual([]);
  });

  it("reports a one-cent difference exactly, on the receipt stream's total", () => {
    const { contract, receipts } = quarterly();
    receipts[2]!.guarantees.theft!.tax = 2.71;
    const [violation] = checkReceiptsSum(contract, receipts);
    expect(violation).toMatchObject({
      path: "contract.guarantees.theft.tax",
      expected: 10.8,
      actual: 10.81,
      difference: 0.01,
    });
    expect(violation?.related).toContain("receipts[2].guarantees.theft.tax");
    expect(violation?.message).toContain(
      'the contract says 10.8 but its 4 receipt amounts for guarantee "theft" add up to 10.81 (difference 0.01)',
    );
  });

  it("reports a gap between two receipts at the late receipt's start", () => {
    const { contract, receipts } = quarterly();
    receipts[2]!.start_cover_date = "2024-07-02";
    expect(checkContract(contract, receipts)).toEqual([
      expect.objectContaining({
        rule: "receipts-pave-contract-cover",
        kind: "date",
        path: "receipts[2].start_cover_date",
        expected: "2024-07-01T00:00:00.000Z",
        actual: "2024-07-02T00:00:00.000Z",
        difference: DAY,
      }),
    ]);
  });

  it("reports an overlap, naming both receipts", () => {
    const { contract, receipts } = quarterly();
    receipts[1]!.end_cover_date = "2024-07-15";
    const violations = checkCoverPaving(contract, receipts);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      path: "receipts[2].start_cover_date",
      expected: "2024-07-15T00:00:00.000Z",
      actual: "2024-07-01T00:00:00.000Z",
      related: ["receipts[1]"],
    });
    expect(violations[0]?.message).toContain(
      'overlap: receipts[2] ("rct-000123-q3") and receipts[1] ("rct-000123-q2") all cover [2024-07-01, 2024-07-15) (14 days)',
    );
  });

  it("reports a missing last receipt as a gap up to the contract's end and as missing amounts", () => {
    const { contract, receipts } = quarterly();
    const violations = checkContract(contract, receipts.slice(0, 3));
    expect(violations.find((v) => v.rule === "receipts-pave-contract-cover")).toMatchObject({
      path: "receipts[2].end_cover_date",
      expected: "2025-01-01T00:00:00.000Z",
      actual: "2024-10-01T00:00:00.000Z",
    });
    expect(violations.filter((v) => v.rule === "receipts-sum-to-contract").map((v) => v.path)).toContain(
      "contract.guarantees.breakage.cost_acquisition",
    );
  });

  it("reports a receipt that starts before the contract", () => {
    const { contract, receipts } = quarterly();
    receipts[0]!.start_cover_date = "2023-12-15";
    expect(rulesOf(checkCoverPaving(contract, receipts))).toEqual([
      "receipts-pave-contract-cover receipts[0].start_cover_date",
    ]);
  });

  it("reads a date alone as T00:00:00Z and honours offsets", () => {
    const { contract, receipts } = quarterly();
    receipts[0]!.end_cover_date = "2024-04-01T00:00:00.000Z";
    receipts[1]!.start_cover_date = "2024-04-01";
    receipts[1]!.end_cover_date = "2024-07-01T02:00:00+02:00";
    expect(checkCoverPaving(contract, receipts)).toEqual([]);
  });

  it("reports a guarantee the contract does not have at the receipt's guarantee", () => {
    const { contract, receipts } = quarterly();
    receipts[3]!.guarantees.screen = { premium: 1, tax: 0, discount: 0, broker_fee: 0, cost_acquisition: 0 };
    expect(checkReceiptsSum(contract, receipts)).toEqual([
      expect.objectContaining({
        kind: "value",
        path: "receipts[3].guarantees.screen",
        actual: '"screen"',
        expected: 'a guarantee of the contract ("theft", "breakage")',
      }),
    ]);
  });

  it("reports unreadable amounts and dates as invalid values with their path", () => {
    const { contract, receipts } = quarterly();
    (receipts[1]!.guarantees.theft as { premium: unknown }).premium = "30";
    receipts[2]!.start_cover_date = "July 1st";
    const invalid = checkContract(contract, receipts).filter((v) => v.rule === "invalid-value");
    expect(invalid.map((v) => v.path)).toEqual([
      "receipts[1].guarantees.theft.premium",
      "receipts[2].start_cover_date",
    ]);
    expect(invalid[0]?.message).toBe('receipts[1].guarantees.theft.premium: expected a finite number, found "30"');
  });

  it("reports receipts of another contract", () => {
    const { contract, receipts } = quarterly();
    receipts[3]!.contract_id = "ctr-999";
    expect(checkContract(contract, receipts)).toEqual([
      expect.objectContaining({
        rule: "belongs-to-parent",
        path: "receipts[3].contract_id",
        expected: '"ctr-000123"',
        actual: '"ctr-999"',
      }),
    ]);
  });

  it("accepts a PUT body (ContractInput) as well as a stored contract", () => {
    const { receipts } = quarterly();
    expect(checkContract(contractInputExample(), receipts)).toEqual([]);
  });
});

describe("early cancellation", () => {
  it("passes when a negative receipt gives back what Q2 charged past the new end", () => {
    const { contract, receipts } = earlyCancellation();
    expect(isCompensation(receipts[2]!)).toBe(true);
    expect(checkContract(contract, receipts)).toEqual([]);
  });

  it("reports the receipt covering past the new end when no negative receipt compensates it", () => {
    const { contract, receipts } = earlyCancellation();
    const violations = checkContract(contract, receipts.slice(0, 2));
    const beyond = violations.filter((v) => v.rule === "receipts-beyond-end-compensated");
    expect(beyond).toEqual([
      expect.objectContaining({
        kind: "date",
        path: "receipts[1].end_cover_date",
        expected: "2024-05-01T00:00:00.000Z",
        actual: "2024-07-01T00:00:00.000Z",
        difference: 61 * DAY,
      }),
    ]);
    expect(beyond[0]?.message).toContain(
      "past the cancelled contract's new end (2024-05-01), and no negative receipt compensates [2024-05-01, 2024-07-01) (61 days)",
    );
    // …and the amounts no longer add up either: 60 charged for a 40 contract.
    expect(violations.find((v) => v.path === "contract.guarantees.theft.premium")).toMatchObject({
      expected: 40,
      actual: 60,
      difference: 20,
    });
  });

  it("reports the part a too-short negative receipt leaves uncompensated", () => {
    const { contract, receipts } = earlyCancellation();
    receipts[2]!.start_cover_date = "2024-06-01";
    expect(checkBeyondEndCompensated(contract, receipts)[0]?.message).toContain(
      "compensates [2024-05-01, 2024-06-01) (31 days)",
    );
  });

  it("reports a negative receipt that gives back cover no receipt charged", () => {
    const { contract, receipts } = earlyCancellation();
    receipts[2]!.end_cover_date = "2024-08-01";
    expect(rulesOf(checkBeyondEndCompensated(contract, receipts))).toEqual([
      "receipts-beyond-end-compensated receipts[2]",
    ]);
  });

  it("treats a receipt past the end of a contract that was never cancelled the same way", () => {
    const { contract, receipts } = quarterly();
    receipts[3]!.end_cover_date = "2025-02-01";
    const [violation] = checkBeyondEndCompensated(contract, receipts);
    expect(violation).toMatchObject({ path: "receipts[3].end_cover_date", difference: 31 * DAY });
    expect(violation?.message).toContain("past the contract's end (2025-01-01)");
  });
});

describe("whole cancellation", () => {
  it("passes with the cover collapsed to start_cover_date and Q1 fully given back", () => {
    const { contract, receipts } = wholeCancellation();
    expect(checkContract(contract, receipts)).toEqual([]);
  });

  it("reports Q1 when nothing gives it back", () => {
    const { contract, receipts } = wholeCancellation();
    const violations = checkContract(contract, receipts.slice(0, 1));
    expect(rulesOf(violations)).toContain("receipts-beyond-end-compensated receipts[0].end_cover_date");
    expect(violations.find((v) => v.path === "contract.guarantees.theft.premium")).toMatchObject({
      expected: 0,
      actual: 30,
      difference: 30,
    });
  });

  it("reports a contract whose end was not collapsed as uncovered after Q1's compensation", () => {
    const { contract, receipts } = wholeCancellation();
    contract.end_cover_date = "2025-01-01";
    expect(rulesOf(checkCoverPaving(contract, receipts))).toEqual(["receipts-pave-contract-cover receipts"]);
  });
});

describe("retractation", () => {
  it("passes with contract and receipt collapsed to start_cover_date and zero amounts", () => {
    const { contract, receipts } = retractation();
    expect(checkContract(contract, receipts, { retracted: true })).toEqual([]);
    expect(checkRetractation(contract, receipts)).toEqual([]);
  });

  it("reports a negative receipt: a retracted contract takes none", () => {
    const { contract, receipts } = retractation();
    receipts[0] = receipt("2024-01-01", "2024-04-01", QUARTER);
    receipts.push(
      receipt(
        "2024-01-01",
        "2024-04-01",
        guarantees({ theft: [-30, -2.7, 0, -3, -1.5], breakage: [-15, -1.35, 0, -1.5, -0.75] }),
      ),
    );
    const violations = checkContract(contract, receipts, { retracted: true });
    const negative = violations.filter((v) => v.rule === "retractation-no-negative-receipt");
    expect(negative.map((v) => v.path)).toContain("receipts[1].guarantees.theft.premium");
    expect(negative[0]?.message).toContain("a retracted contract takes no negative receipt");
    expect(violations.filter((v) => v.rule === "retractation-collapsed").map((v) => v.path)).toEqual(
      expect.arrayContaining([
        "receipts[0].end_cover_date",
        "receipts[1].end_cover_date",
        "receipts[0].guarantees.theft.premium",
      ]),
    );
  });

  it("reports a contract left with its cover and guarantees", () => {
    const { receipts } = retractation();
    const c = contract({ guarantees: structuredClone(YEAR) });
    const violations = checkRetractation(c, receipts);
    expect(violations[0]).toMatchObject({
      rule: "retractation-collapsed",
      path: "contract.end_cover_date",
      expected: "2024-01-01T00:00:00.000Z",
      actual: "2025-01-01T00:00:00.000Z",
    });
    expect(violations.find((v) => v.path === "contract.guarantees.breakage.tax")).toMatchObject({
      kind: "amount",
      expected: 0,
      actual: 5.4,
      difference: 5.4,
    });
  });
});

describe("guarantee names", () => {
  it("writes a name that is not an identifier in brackets", () => {
    const c = contract({ guarantees: guarantees({ "bris d'écran": [10, 0, 0, 0, 0] }) });
    const [violation] = checkReceiptsSum(c, [
      receipt("2024-01-01", "2025-01-01", guarantees({ "bris d'écran": [9, 0, 0, 0, 0] })),
    ]);
    expect(violation?.path).toBe(`contract.guarantees["bris d'écran"].premium`);
  });
});
