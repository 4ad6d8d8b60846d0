/** Render a bad option value for a message without dumping objects. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 60));
  return value === null || (typeof value !== "object" && typeof value !== "function") ? String(value) : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** `TypeError: <option> must be <expected>, got <value>`. */
export function optionError(option: string, expected: string, got: unknown): TypeError {
  return new TypeError(`${option} must be ${expected}, got ${got === "an unknown option" ? got : describe(got)}`);
}

/** Validate a positive finite number of milliseconds. */
export function checkPositiveMs(option: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw optionError(option, "a positive number", value);
  return value;
}

/** Validate a non-negative finite number of milliseconds. */
export function checkNonNegativeMs(option: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw optionError(option, "a non-negative number", value);
  return value;
}

/** Validate a credential: a non-empty string; the message never shows the value. */
export function checkSecret(option: string, value: unknown): string {
  if (typeof value !== "string" || !value.trim()) throw new TypeError(`${option} must be a non-empty string, got ${typeof value === "string" ? "a blank string" : value === null ? "null" : typeof value}`);
  return value;
}
