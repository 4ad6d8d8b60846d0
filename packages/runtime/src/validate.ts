/** A bad value as a message shows it: a string quoted (at most 60 characters), a primitive as is, an object by its kind. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === "function") return "a function";
  return Array.isArray(value) ? "an array" : value && typeof value === "object" ? "an object" : String(value);
}

/** Pass as `got` to {@link optionError} for an option that does not exist. */
export const UNKNOWN = Symbol();

/** `TypeError: <option> must be <expected>, got <value>`. */
export function optionError(option: string, expected: string, got: unknown): TypeError {
  return new TypeError(
    `${option} must be ${expected}, got ${got === UNKNOWN ? "an unknown option" : describeValue(got)}`,
  );
}

export const isFunction = (value: unknown): boolean => typeof value === "function";
export const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;
/** True for what `new URL` parses as an http(s) URL (the base and token URLs are checked before any credential is attached). */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** What an option must be, and the test its value must pass when given. */
// biome-ignore lint/suspicious/noExplicitAny: each rule narrows the value itself
export type Rule = [expected: string, valid: (value: any) => boolean];

/**
 * Check each key of `options` against `rules`: an unknown key, or a given value failing its rule, throws naming
 * `<prefix><key>`. Returns the options that were given (not undefined).
 */
export function checkKeys(
  options: object,
  rules: Record<string, Rule>,
  prefix: string,
  unknownPrefix = prefix,
): Record<string, unknown> {
  const given: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(rules, name))
      throw optionError(unknownPrefix + name, `one of ${Object.keys(rules).join(", ")}`, UNKNOWN);
    const [expected, valid] = rules[name] as Rule;
    if (value === undefined) continue;
    if (!valid(value)) throw optionError(prefix + name, expected, value);
    given[name] = value;
  }
  return given;
}

/** A finite number ≥ 0. */
export const isMs = (value: unknown): value is number => typeof value === "number" && value >= 0 && value < Infinity;

/** A duration option in ms: `fallback` when absent, else a finite number > 0 (≥ 0 when `zeroOk`). */
export function checkMs(option: string, value: unknown, fallback: number, zeroOk = false): number {
  if (value === undefined) return fallback;
  if (!isMs(value) || !(value || zeroOk))
    throw optionError(option, zeroOk ? "a non-negative number" : "a positive number", value);
  return value;
}

/** Validate a credential: a non-empty string; the message never shows the value. */
export function checkSecret(option: string, value: unknown): string {
  if (typeof value !== "string" || !value.trim())
    throw new TypeError(
      `${option} must be a non-empty string, got ${typeof value === "string" ? "a blank string" : value === null ? "null" : typeof value}`,
    );
  return value;
}
