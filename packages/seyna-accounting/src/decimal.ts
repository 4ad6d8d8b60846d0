// Exact decimal arithmetic for money: amounts become integers scaled by a power of ten, so
// 0.1 + 0.2 is exactly 0.3 (floats would give 0.30000000000000004).

/** `units / 10^scale`, exactly. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * The decimal a JSON number was written as: `String(n)` is the shortest text that reads back as
 * `n`, which is the amount the sender meant (0.1 stays 0.1, not 0.1000000000000000055…).
 */
export function toDecimal(value: number): Decimal {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new RangeError(`expected a finite number, found ${String(value)}`);
  const match = NUMBER_TEXT.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${String(value)} as a decimal`);
  const [, sign = "", whole = "0", fraction = "", exponent = "0"] = match;
  let units = BigInt(`${sign}${whole}${fraction}`);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units, scale };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

/** a + b, exactly. */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

/** a − b, exactly. */
export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

/** The exact sum of `values` (0 for none). */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

/** The decimal as text without exponent, trailing zeros trimmed: `{ units: 300n, scale: 3 }` → `"0.3"`. */
export function format(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, "0");
  const whole = digits.slice(0, digits.length - a.scale);
  const fraction = digits.slice(digits.length - a.scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** The nearest number (exact decimals print back as written: 0.3 → 0.3). */
export function toNumber(a: Decimal): number {
  return Number(format(a));
}
