// The claim value, the only claim figure with an accounting significance:
//   paid + outstanding + management_paid + management_outstanding − subrogation_paid − subrogation_outstanding
// fgu_claim (from the ground up) is reported next to it: it includes the financial conditions
// (deductible, waiting period, ceiling...), so it is exposed, never forced equal.

import { add, type Decimal, subtract, sum, toDecimal, toNumber } from "./decimal.js";
import type { ClaimGuaranteeAmounts, ClaimLike } from "./inputs.js";

/** The value and fgu_claim of one guarantee, or of a whole claim. */
export interface ClaimValue {
  /** paid + outstanding + management_paid + management_outstanding − subrogation_paid − subrogation_outstanding. */
  value: number;
  /** The provider's from-the-ground-up figure, as reported. */
  fgu_claim: number;
}

/** The value of one claim guarantee, computed exactly. Throws a RangeError naming the field if an amount is not a finite number. */
export function claimValue(guarantee: ClaimGuaranteeAmounts): number {
  return toNumber(claimValueDecimal(guarantee));
}

/** The value and fgu_claim per guarantee and in total (summed exactly). */
export function claimValues(claim: ClaimLike): { guarantees: Record<string, ClaimValue>; total: ClaimValue } {
  const guarantees: Record<string, ClaimValue> = {};
  const values: Decimal[] = [];
  const fgus: Decimal[] = [];
  for (const [name, guarantee] of Object.entries(claim.guarantees)) {
    const value = claimValueDecimal(guarantee, `guarantees.${name}`);
    const fgu = amount(guarantee, "fgu_claim", `guarantees.${name}`);
    guarantees[name] = { value: toNumber(value), fgu_claim: toNumber(fgu) };
    values.push(value);
    fgus.push(fgu);
  }
  return { guarantees, total: { value: toNumber(sum(values)), fgu_claim: toNumber(sum(fgus)) } };
}

function claimValueDecimal(g: ClaimGuaranteeAmounts, path = "guarantee"): Decimal {
  const plus = add(
    add(amount(g, "paid", path), amount(g, "outstanding", path)),
    add(amount(g, "management_paid", path), amount(g, "management_outstanding", path)),
  );
  return subtract(plus, add(amount(g, "subrogation_paid", path), amount(g, "subrogation_outstanding", path)));
}

function amount(g: ClaimGuaranteeAmounts, field: keyof ClaimGuaranteeAmounts, path: string): Decimal {
  const value = g?.[field];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(
      `${path}.${field}: expected a finite number, found ${value === undefined ? "missing" : JSON.stringify(value)}`,
    );
  }
  return toDecimal(value);
}
