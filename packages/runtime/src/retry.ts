import { checkKeys, isMs, isObject, optionError, type Rule } from "./validate.js";

/** Retry behaviour, per client (`createApiClient({ retry })`) or per request (`client.GET(path, { retry })`). */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 = none). */
  maxRetries?: number;
  /** Also retry POST / PATCH (which may not be safe to repeat). Default false. */
  retryNonIdempotent?: boolean;
  /** First backoff delay in ms, doubled on each retry (default 500). */
  baseDelayMs?: number;
  /** Upper bound of the backoff delay in ms (default 8000). */
  maxDelayMs?: number;
  /** Upper bound of a server-requested delay (Retry-After / retry-after-ms) in ms (default 60000). */
  maxRetryAfterMs?: number;
}

/** Retry options with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxRetries: 2,
  retryNonIdempotent: false,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
});

/** Statuses worth another attempt: timeout, rate limit and transient server failures. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Methods that are safe to send twice (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"]);
/** Random share removed from each backoff delay, so that clients spread out. */
const JITTER = 0.25;

/** True for the statuses that are retried: 408, 429, 500, 502, 503, 504. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** True when the request may be retried: an idempotent method, an `Idempotency-Key` header (the server dedupes), or an opt-in. */
export function isRetryableMethod(method: string, policy: RetryPolicy, headers: Headers): boolean {
  return policy.retryNonIdempotent || IDEMPOTENT_METHODS.has(method) || headers.has("idempotency-key");
}

const ms: Rule = ["a non-negative number of ms", isMs];
const RULES: Record<keyof RetryOptions, Rule> = {
  maxRetries: ["a non-negative integer", (value) => Number.isInteger(value) && value >= 0],
  retryNonIdempotent: ["a boolean", (value) => typeof value === "boolean"],
  baseDelayMs: ms,
  maxDelayMs: ms,
  maxRetryAfterMs: ms,
};

/** Validate retry options (named `retry.<key>` in errors) and fill defaults: `base`, then `options` on top; `false` → no retries. */
export function resolveRetryPolicy(options: RetryOptions | false | undefined, base: RetryPolicy): RetryPolicy {
  if (options === undefined) return base;
  if (options === false) return { ...base, maxRetries: 0 };
  if (!isObject(options)) throw optionError("retry", "an object like { maxRetries: 2 } or false", options);
  return { ...base, ...checkKeys(options, RULES, "retry.") };
}

/** Backoff before retry number `retry` (0-based): min(base · 2^retry, max), minus up to 25% jitter. */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.baseDelayMs * 2 ** retry, policy.maxDelayMs);
  return Math.round(exponential * (1 - JITTER * random()));
}

/**
 * The delay the server asked for, in ms: `retry-after-ms`, else `Retry-After` as seconds or an HTTP date.
 * Undefined when absent or unparseable.
 */
export function serverRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = Number(headers.get("retry-after-ms") || Number.NaN);
  if (ms >= 0) return ms;
  const after = headers.get("retry-after")?.trim();
  if (!after) return undefined;
  const seconds = Number(after);
  if (seconds >= 0) return seconds * 1000;
  // An HTTP date has a day or month name; anything else (e.g. "-1") is garbage.
  const date = /[a-z]/i.test(after) ? Date.parse(after) : Number.NaN;
  return date >= 0 ? Math.max(0, date - now) : undefined;
}

/** The wait before the next attempt: the server's Retry-After (capped at maxRetryAfterMs) or exponential backoff. */
export function retryDelay(retry: number, policy: RetryPolicy, headers?: Headers): number {
  const asked = headers ? serverRetryAfterMs(headers) : undefined;
  if (asked !== undefined) return Math.min(asked, policy.maxRetryAfterMs);
  return backoffDelay(retry, policy);
}
