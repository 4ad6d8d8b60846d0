/** Render a bad option value for a message without dumping objects. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 60));
  return value === null || (typeof value !== "object" && typeof value !== "function") ? String(value) : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** `TypeError: <option> must be <expected>, got <value>`. */
export function optionError(option: string, expected: string, got: unknown): TypeError {
  return new TypeError(`${option} must be ${expected}, got ${got === "an unknown option" ? got : describe(got)}`);
}

/** A duration option in ms: `fallback` when absent, else a finite number > 0 (≥ 0 when `zeroOk`). */
export function checkMs(option: string, value: unknown, fallback: number, zeroOk = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value < Infinity) || value < 0 || (value === 0 && !zeroOk)) {
    throw optionError(option, zeroOk ? "a non-negative number" : "a positive number", value);
  }
  return value;
}

/** Validate a credential: a non-empty string; the message never shows the value. */
export function checkSecret(option: string, value: unknown): string {
  if (typeof value !== "string" || !value.trim()) throw new TypeError(`${option} must be a non-empty string, got ${typeof value === "string" ? "a blank string" : value === null ? "null" : typeof value}`);
  return value;
}
