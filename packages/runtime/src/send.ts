import type { AuthProvider } from "./auth/provider.js";
import type { Send } from "./call.js";
import { AbortError, ApiError, ConnectionError, retriesSuffix, TimeoutError } from "./errors.js";
import { callHook, type Hooks } from "./hooks.js";
import { redactHeaders, redactUrl } from "./redact.js";
import { replayableBody } from "./request.js";
import { isRetryableMethod, isRetryableStatus, type RetryPolicy, resolveRetryPolicy, retryDelay } from "./retry.js";
import { sleep, startAttempt, unlessAborted } from "./timeout.js";
import { fetchTransport, type Transport } from "./transport.js";
import { checkMs, optionError } from "./validate.js";

/** Validated client configuration the sender works from. */
export interface SendConfig {
  auth: AuthProvider | undefined;
  retry: RetryPolicy;
  timeoutMs: number;
  hooks: Hooks;
  transport: Transport;
}

/** A failed attempt is worth another try: no response, or the token endpoint failed transiently. */
const transient = (error: unknown) =>
  error instanceof ConnectionError ||
  error instanceof TimeoutError ||
  (error instanceof ApiError && isRetryableStatus(error.status));

/** Short reason of a network failure: the system error code when there is one. */
function failureReason(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string } } | undefined;
  return e?.code ?? e?.cause?.code ?? e?.message ?? String(error);
}

/** The sender of every call: auth, per-attempt timeout, retries and hooks around the transport. */
export function createSender(config: SendConfig): Send {
  const { auth, hooks } = config;
  const transports = new WeakMap<typeof globalThis.fetch, Transport>();
  return async function send(request, extras, state) {
    const { method, url } = request;
    state.url = url;
    // Redacted only when something shows it (hooks, errors): most requests never need it.
    let redacted: string | undefined;
    const safeUrl = () => (redacted ??= redactUrl(url));
    /** Tell a hook, building its event (with the redacted URL) only when the hook exists. */
    const hook = (name: keyof Hooks, event: () => object) => {
      const fn = hooks[name] as ((event: object) => void) | undefined;
      if (fn) callHook(hooks, name, fn, { method, url: safeUrl(), ...event() });
    };
    const policy = extras.retry === undefined ? config.retry : resolveRetryPolicy(extras.retry, config.retry, "retry");
    const timeoutMs = checkMs("timeoutMs", extras.timeoutMs, config.timeoutMs);
    let transport = config.transport;
    const { fetch, stream } = extras;
    if (fetch !== undefined) {
      if (typeof fetch !== "function") throw optionError("fetch", "a function", fetch);
      transport = transports.get(fetch) ?? fetchTransport(fetch);
      transports.set(fetch, transport);
    }
    const callerSignal = request.signal;
    const replayable = replayableBody(request);
    const { body, contentType } = replayable instanceof Promise ? await replayable : replayable;
    const baseHeaders: Record<string, string> = {};
    for (const [name, value] of request.headers) baseHeaders[name] = value;
    if (contentType && !baseHeaders["content-type"]) baseHeaders["content-type"] = contentType;
    const methodRetryable = isRetryableMethod(method, policy, baseHeaders);
    let retries = 0;
    let refreshedAuth = false;
    const details = (cause?: unknown) => ({ status: 0, body: undefined, method, url: safeUrl(), retries, cause });
    const aborted = (cause: unknown) =>
      new AbortError(`${method} ${safeUrl()} aborted by the caller${retriesSuffix(retries)}`, details(cause));
    /** Wait before the next attempt, announcing it; the caller's abort ends the wait. */
    const retryAfter = async (attempt: number, status: number, delayMs: number, reason: string) => {
      hook("onRetry", () => ({ attempt, status, delayMs, reason }));
      await sleep(delayMs, callerSignal).catch(() => {
        throw aborted(callerSignal?.reason);
      });
      state.retries = ++retries;
    };

    for (let attempt = 1; ; attempt++) {
      if (callerSignal?.aborted) throw aborted(callerSignal.reason);
      let authorization: string | undefined;
      if (auth) {
        try {
          // A shared token request may take a while: the caller's abort does not wait for it.
          authorization = await unlessAborted(auth.authorize(), callerSignal);
        } catch (error) {
          if (callerSignal?.aborted) throw aborted(callerSignal.reason);
          // Nothing was sent yet, so a transient token failure may be retried whatever the method.
          if (!transient(error) || retries >= policy.maxRetries) throw error;
          await retryAfter(attempt, (error as ApiError).status, retryDelay(retries, policy), "token request failed");
          continue;
        }
      }
      const headers = authorization === undefined ? baseHeaders : { ...baseHeaders, authorization };
      hook("onRequest", () => ({ headers: redactHeaders(headers), attempt }));

      const started = performance.now();
      const timer = startAttempt(timeoutMs, callerSignal);
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await transport({ method, url, headers, body, stream }, timer);
      } catch (error) {
        failure = error;
      }
      const fired = timer.reason();
      timer.clear();
      const answered = (status: number, headers: Record<string, string>, error?: object) =>
        hook("onResponse", () => ({
          attempt,
          status,
          headers,
          durationMs: performance.now() - started,
          ...(error && { error }),
        }));

      if (!response) {
        if (fired === "caller") throw aborted(callerSignal?.reason);
        const timedOut = fired === "timeout";
        const message = `${method} ${safeUrl()} → ${timedOut ? `no response within ${timeoutMs} ms` : `connection failed (${failureReason(failure)})`}`;
        answered(0, {}, { name: timedOut ? "TimeoutError" : "ConnectionError", message });
        if (methodRetryable && retries < policy.maxRetries) {
          await retryAfter(attempt, 0, retryDelay(retries, policy), timedOut ? "timeout" : "connection error");
          continue;
        }
        throw new (timedOut ? TimeoutError : ConnectionError)(message + retriesSuffix(retries), details(failure));
      }

      const { status } = response;
      answered(status, redactHeaders(response.headers));
      // A 401 may only mean an expired token: renew it once and resend, whatever the method (nothing ran).
      const renew: boolean =
        status === 401 &&
        authorization !== undefined &&
        !refreshedAuth &&
        auth?.onUnauthorized?.(authorization) === true;
      if (renew || (methodRetryable && retries < policy.maxRetries && isRetryableStatus(status))) {
        refreshedAuth ||= renew;
        response.body?.cancel().catch(() => undefined);
        await retryAfter(
          attempt,
          status,
          renew ? 0 : retryDelay(retries, policy, response.headers),
          renew ? "unauthorized, credential renewed" : `status ${status}`,
        );
        continue;
      }
      return response;
    }
  };
}
