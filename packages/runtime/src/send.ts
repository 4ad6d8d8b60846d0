import type { AuthProvider } from "./auth/provider.js";
import { AbortError, ApiError, ConnectionError, TimeoutError, retriesSuffix } from "./errors.js";
import { type Hooks, callHook } from "./hooks.js";
import { redactHeaders, redactUrl } from "./redact.js";
import { type LightRequest, extra, replayableBody } from "./request.js";
import { type RetryPolicy, isRetryableMethod, isRetryableStatus, resolveRetryPolicy, retryDelay } from "./retry.js";
import { sleep, startAttempt, unlessAborted } from "./timeout.js";
import type { Transport } from "./transport.js";
import { checkMs } from "./validate.js";

/** Validated client configuration the sender works from. */
export interface SendConfig {
  auth: AuthProvider | undefined;
  retry: RetryPolicy;
  timeoutMs: number;
  hooks: Hooks;
  transport: Transport;
}

/** What the throwing variant needs to describe a response: method, URL (not yet redacted), retries made. */
export interface ResponseMeta {
  method: string;
  url: string;
  retries: number;
}

// Private init keys carrying per-call data from the client wrapper to the sender.
export const TRANSPORT_KEY = "partnerApisTransport";
export const STREAM_KEY = "partnerApisStream";

/** A failed attempt is worth another try: no response, or the token endpoint failed transiently. */
const transient = (error: unknown) =>
  error instanceof ConnectionError || error instanceof TimeoutError || (error instanceof ApiError && isRetryableStatus(error.status));

/** Short reason of a network failure: the system error code when there is one. */
function failureReason(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string } } | undefined;
  return e?.code ?? e?.cause?.code ?? e?.message ?? String(error);
}

/** The `fetch` given to openapi-fetch: auth, per-attempt timeout, retries and hooks for one call. */
export function createSender(config: SendConfig, meta: WeakMap<Response, ResponseMeta>) {
  const { auth, hooks } = config;
  const hook = <E>(name: keyof Hooks, event: () => E) => {
    const fn = hooks[name] as ((event: E) => void) | undefined;
    if (fn) callHook(hooks, name, fn, event());
  };
  return async function send(request: Request | LightRequest): Promise<Response> {
    const { method, url } = request;
    // Redacted only when something shows it (hooks, errors): most requests never need it.
    let redacted: string | undefined;
    const safeUrl = () => (redacted ??= redactUrl(url));
    const retryOption = extra(request, "retry") as RetryPolicy | false | undefined;
    const policy = retryOption === undefined ? config.retry : resolveRetryPolicy(retryOption, config.retry, "retry");
    const timeoutMs = checkMs("timeoutMs", extra(request, "timeoutMs"), config.timeoutMs);
    const transport = (extra(request, TRANSPORT_KEY) as Transport | undefined) ?? config.transport;
    const stream = extra(request, STREAM_KEY) === true;
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
    const aborted = (cause: unknown) => new AbortError(`${method} ${safeUrl()} aborted by the caller${retriesSuffix(retries)}`, details(cause));
    /** Wait before the next attempt, announcing it; the caller's abort ends the wait. */
    const retryAfter = async (attempt: number, status: number, delayMs: number, reason: string) => {
      hook("onRetry", () => ({ method, url: safeUrl(), attempt, status, delayMs, reason }));
      await sleep(delayMs, callerSignal).catch(() => {
        throw aborted(callerSignal?.reason);
      });
      retries++;
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
      hook("onRequest", () => ({ method, url: safeUrl(), headers: redactHeaders(headers), attempt }));

      const started = performance.now();
      const timer = startAttempt(timeoutMs, callerSignal);
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await transport({ method, url, headers, body, stream, get signal() { return timer.signal; }, onAbort: timer.onAbort });
      } catch (error) {
        failure = error;
      }
      const fired = timer.reason();
      timer.clear();

      if (!response) {
        if (fired === "caller") throw aborted(callerSignal?.reason);
        const timedOut = fired === "timeout";
        const message = `${method} ${safeUrl()} → ${timedOut ? `no response within ${timeoutMs} ms` : `connection failed (${failureReason(failure)})`}`;
        hook("onResponse", () => ({ method, url: safeUrl(), attempt, status: 0, headers: {}, durationMs: performance.now() - started, error: { name: timedOut ? "TimeoutError" : "ConnectionError", message } }));
        if (methodRetryable && retries < policy.maxRetries) {
          await retryAfter(attempt, 0, retryDelay(retries, policy), timedOut ? "timeout" : "connection error");
          continue;
        }
        throw new (timedOut ? TimeoutError : ConnectionError)(message + retriesSuffix(retries), details(failure));
      }

      const { status } = response;
      hook("onResponse", () => ({ method, url: safeUrl(), attempt, status, headers: redactHeaders(response.headers), durationMs: performance.now() - started }));
      // A 401 may only mean an expired token: renew it once and resend, whatever the method (nothing ran).
      const discard = () => response?.body?.cancel().catch(() => undefined);
      if (status === 401 && authorization !== undefined && !refreshedAuth && auth?.onUnauthorized?.(authorization)) {
        refreshedAuth = true;
        discard();
        await retryAfter(attempt, status, 0, "unauthorized, credential renewed");
        continue;
      }
      if (methodRetryable && retries < policy.maxRetries && isRetryableStatus(status)) {
        discard();
        await retryAfter(attempt, status, retryDelay(retries, policy, response.headers), `status ${status}`);
        continue;
      }
      meta.set(response, { method, url, retries });
      return response;
    }
  };
}
