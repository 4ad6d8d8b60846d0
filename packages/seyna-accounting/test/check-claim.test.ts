import { describe, expect, it } from "vitest";
import { checkClaim, checkClosedClaim, checkSettlementsSum, claimValue, claimValues } from "../src/index.js";
import { claimLifeCycle } from "./helpers/scenarios.js";

describe("claim value", () => {
  it("is paid + outstanding + management_paid + management_outstanding − subrogation_paid − subrogation_outstanding", () => {
    expect(
      claimValue({
        fgu_claim: 0,
        paid: 200,
        outstanding: 300,
        management_paid: 20,
        management_outstanding: 10,
        subrogation_paid: 50,
        subrogation_outstanding: 25,
      }),
    ).toBe(455);
  });

  it("is exact with decimals", () => {
    expect(
      claimValue({
        fgu_claim: 0,
        paid: 0.1,
        outstanding: 0.2,
        management_paid: 0,
        management_outstanding: 0,
        subrogation_paid: 0,
        subrogation_outstanding: 0,
      }),
    ).toBe(0.3);
  });

  it("stays 530 through the spec's life cycle while fgu_claim (before the deductible) is exposed, not forced equal", () => {
    const { open, partlyPaid, closed } = claimLifeCycle();
    for (const claim of [open, partlyPaid, closed]) {
      expect(claimValues(claim)).toEqual({
        guarantees: { theft: { value: 530, fgu_claim: 580 } },
        total: { value: 530, fgu_claim: 580 },
      });
    }
  });

  it("names the field of an unreadable amount", () => {
    const { open } = claimLifeCycle();
    (open.guarantees.theft as { outstanding: unknown }).outstanding = null;
    expect(() => claimValues(open)).toThrow("guarantees.theft.outstanding: expected a finite number, found null");
  });
});

describe("claim life cycle", () => {
  it("1. open, nothing paid: no settlement needed", () => {
    expect(checkClaim(claimLifeCycle().open, [])).toEqual([]);
  });

  it("2. partly paid: the settlement carries the paid values", () => {
    const { partlyPaid, settlements } = claimLifeCycle();
    expect(checkClaim(partlyPaid, settlements.slice(0, 1))).toEqual([]);
  });

  it("2. partly paid without its settlement: each paid value is reported", () => {
    const { partlyPaid } = claimLifeCycle();
    expect(checkClaim(partlyPaid, [])).toEqual([
      expect.objectContaining({
        rule: "settlements-sum-to-claim",
        path: "claim.guarantees.theft.paid",
        expected: 200,
        actual: 0,
        difference: -200,
      }),
      expect.objectContaining({
        rule: "settlements-sum-to-claim",
        path: "claim.guarantees.theft.management_paid",
        expected: 20,
        actual: 0,
        difference: -20,
      }),
    ]);
  });

  it("3. closed: both settlements add up to the paid values and nothing is outstanding", () => {
    const { closed, settlements } = claimLifeCycle();
    expect(checkClaim(closed, settlements)).toEqual([]);
  });

  it("3. closed with an outstanding value left", () => {
    const { closed, settlements } = claimLifeCycle();
    closed.guarantees.theft!.management_outstanding = 5;
    expect(checkClaim(closed, settlements)).toEqual([
      expect.objectContaining({
        rule: "closed-claim-outstanding-zero",
        path: "claim.guarantees.theft.management_outstanding",
        expected: 0,
        actual: 5,
        difference: 5,
      }),
    ]);
  });

  it("an open claim may keep outstanding values", () => {
    expect(checkClosedClaim(claimLifeCycle().partlyPaid)).toEqual([]);
  });

  it("reports a settlement that pays more than the claim records, with the settlement paths", () => {
    const { partlyPaid, settlements } = claimLifeCycle();
    const [violation] = checkSettlementsSum(partlyPaid, settlements);
    expect(violation).toMatchObject({
      path: "claim.guarantees.theft.paid",
      expected: 200,
      actual: 500,
      difference: 300,
      related: ["settlements[0].guarantees.theft.paid", "settlements[1].guarantees.theft.paid"],
    });
    expect(violation?.message).toContain(
      "each increase of the claim's paid is matched by a settlement of the same amount",
    );
  });

  it("sums subrogation recoveries like payments", () => {
    const { partlyPaid, settlements } = claimLifeCycle();
    partlyPaid.guarantees.theft!.subrogation_paid = 0.3;
    settlements[0]!.guarantees.theft!.subrogation_paid = 0.1;
    const recovery = structuredClone(settlements[0]!);
    recovery.guarantees = { theft: { paid: 0, management_paid: 0, subrogation_paid: 0.2 } };
    expect(checkClaim(partlyPaid, [settlements[0]!, recovery])).toEqual([]);
  });

  it("reports a settlement of another claim or of an unknown guarantee", () => {
    const { partlyPaid, settlements } = claimLifeCycle();
    const first = settlements[0]!;
    first.claim_id = "clm-999";
    first.guarantees = { ...first.guarantees, breakage: { paid: 1, management_paid: 0, subrogation_paid: 0 } };
    expect(checkClaim(partlyPaid, [first]).map((v) => `${v.rule} ${v.path}`)).toEqual([
      "belongs-to-parent settlements[0].claim_id",
      "settlements-sum-to-claim settlements[0].guarantees.breakage",
    ]);
  });
});
