import { describe, expect, it } from "vitest";
import { createApiClient } from "../src/index.js";
import type { paths } from "./helpers/paths.js";

const base = { baseUrl: "http://127.0.0.1:4499" };

describe("bad options are named with what was expected", () => {
  it.each([
    [{ ...base, timeoutMs: -1 }, "timeoutMs must be a positive number, got -1"],
    [{ ...base, timeoutMs: "60" }, 'timeoutMs must be a positive number, got "60"'],
    [
      { baseUrl: "api.example.com" },
      'baseUrl must be an absolute http(s) URL such as https://api.example.com/v2, got "api.example.com"',
    ],
    [{}, "baseUrl must be an absolute http(s) URL such as https://api.example.com/v2, got undefined"],
    [
      { baseUrl: "https://user:s3cret@[bad" },
      'baseUrl must be an absolute http(s) URL such as https://api.example.com/v2, got "https://[redacted]@[bad"',
    ],
    [{ ...base, maxResponseBytes: -5 }, "maxResponseBytes must be a positive number, got -5"],
    [{ ...base, retry: { maxRetries: -1 } }, "retry.maxRetries must be a non-negative integer, got -1"],
    [{ ...base, retry: { maxRetries: 1.5 } }, "retry.maxRetries must be a non-negative integer, got 1.5"],
    [{ ...base, retry: { baseDelayMs: Number.NaN } }, "retry.baseDelayMs must be a non-negative number of ms, got NaN"],
    [{ ...base, retry: { retryNonIdempotent: "yes" } }, 'retry.retryNonIdempotent must be a boolean, got "yes"'],
    [
      { ...base, retry: { retries: 3 } },
      "retry.retries must be one of maxRetries, retryNonIdempotent, baseDelayMs, maxDelayMs, maxRetryAfterMs, got an unknown option",
    ],
    [{ ...base, retry: true }, "retry must be an object like { maxRetries: 2 } or false, got true"],
    [{ ...base, auth: "Bearer x" }, 'auth must be an AuthProvider such as httpBasic(...), got "Bearer x"'],
    [{ ...base, hooks: { onResponse: "log" } }, 'hooks.onResponse must be a function, got "log"'],
    [
      { ...base, hooks: { onError: () => {} } },
      "hooks.onError must be one of onRequest, onResponse, onRetry, got an unknown option",
    ],
    [{ ...base, headers: { "x-count": 3 } }, "headers.x-count must be a string, got 3"],
    [{ ...base, fetch: "undici" }, 'fetch must be a function, got "undici"'],
    [
      { ...base, timeout: 5000 },
      "createApiClient: timeout must be one of baseUrl, auth, retry, timeoutMs, maxResponseBytes, hooks, headers, fetch, querySerializer, bodySerializer, pathSerializer, got an unknown option",
    ],
    [
      { ...base, signal: AbortSignal.timeout(10) },
      "signal is not a client option: pass it per request (client.GET(path, { signal })) so that it aborts only that request",
    ],
  ])("%o", (options, message) => {
    expect(() => createApiClient<paths>(options as never)).toThrow(new TypeError(message));
  });

  it("per-request options are checked too", async () => {
    const c = createApiClient<paths>(base);
    await expect(c.GET("/slow", { timeoutMs: 0 })).rejects.toThrow("timeoutMs must be a positive number, got 0");
    await expect(c.GET("/slow", { retry: { maxRetries: -2 } })).rejects.toThrow(
      "retry.maxRetries must be a non-negative integer, got -2",
    );
  });
});
