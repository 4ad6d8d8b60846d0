import { optionError } from "./validate.js";

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

/** True when the method may be retried under this policy. */
export function isRetryableMethod(method: string, policy: RetryPolicy): boolean {
  return policy.retryNonIdempotent || IDEMPOTENT_METHODS.has(method);
}

/** Validate retry options and fill defaults (`base`, then `options` on top); `false` → no retries. */
export function resolveRetryPolicy(options: RetryOptions | false | undefined, base: RetryPolicy, where: string): RetryPolicy {
  if (options === undefined) return base;
  if (options === false) return { ...base, maxRetries: 0 };
  if (options === null || typeof options !== "object") {
    throw optionError(where, "an object like { maxRetries: 2 } or false", options);
  }
  const policy = { ...base };
  for (const key of Object.keys(options) as (keyof RetryOptions)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (key === "retryNonIdempotent") {
      if (typeof value !== "boolean") throw optionError(`${where}.${key}`, "a boolean", value);
      policy.retryNonIdempotent = value;
    } else if (key in DEFAULT_RETRY) {
      const integer = key === "maxRetries";
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
        throw optionError(`${where}.${key}`, integer ? "a non-negative integer" : "a non-negative number of milliseconds", value);
      }
      policy[key] = value;
    } else {
      throw optionError(`${where}.${String(key)}`, `one of ${Object.keys(DEFAULT_RETRY).join(", ")}`, "an unknown option");
    }
  }
  return policy;
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
  const ms = headers.get("retry-after-ms");
  if (ms !== null) {
    const value = Number(ms);
    if (ms.trim() !== "" && Number.isFinite(value) && value >= 0) return value;
  }
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(after)) return Number(after) * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before the next attempt: the server's Retry-After (capped at maxRetryAfterMs) or exponential backoff. */
export function retryDelay(retry: number, policy: RetryPolicy, headers?: Headers): number {
  const asked = headers ? serverRetryAfterMs(headers) : undefined;
  if (asked !== undefined) return Math.min(asked, policy.maxRetryAfterMs);
  return backoffDelay(retry, policy);
}
