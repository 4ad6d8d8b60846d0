import { describe, expect, it } from "vitest";
import { add, compare, format, subtract, sum, toDecimal, toNumber } from "../src/decimal.js";

describe("decimal", () => {
  it("reads numbers as written and adds them exactly", () => {
    expect(format(add(toDecimal(0.1), toDecimal(0.2)))).toBe("0.3");
    expect(compare(sum([0.1, 0.2].map(toDecimal)), toDecimal(0.3))).toBe(0);
    expect(toNumber(sum([1.35, 1.35, 1.35, 1.35].map(toDecimal)))).toBe(5.4);
  });

  it("handles negatives, exponents and zero", () => {
    expect(format(toDecimal(-1.5))).toBe("-1.5");
    expect(format(toDecimal(1e21))).toBe("1000000000000000000000");
    expect(format(toDecimal(1.5e-7))).toBe("0.00000015");
    expect(format(toDecimal(-0))).toBe("0");
    expect(format(subtract(toDecimal(0.3), toDecimal(0.1)))).toBe("0.2");
    expect(format(subtract(toDecimal(0.01), toDecimal(0.3)))).toBe("-0.29");
  });

  it("refuses what is not a finite number", () => {
    expect(() => toDecimal(Number.NaN)).toThrow("expected a finite number, found NaN");
    expect(() => toDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
