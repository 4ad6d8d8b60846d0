/** Render a bad option value for an error message without dumping large or secret-looking objects. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
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

/** Validate a non-empty string. */
export function checkString(option: string, value: unknown): string {
  if (typeof value !== "string" || value === "") throw optionError(option, "a non-empty string", value);
  return value;
}

/** Validate a credential: a non-empty string; the message never shows the value. */
export function checkSecret(option: string, value: unknown): string {
  if (typeof value !== "string" || value === "") {
    throw new TypeError(`${option} must be a non-empty string, got ${value === "" ? "an empty string" : value === null ? "null" : typeof value}`);
  }
  return value;
}
