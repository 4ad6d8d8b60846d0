import type { AuthProvider } from "./auth/provider.js";
import type { Send } from "./call.js";
import { AbortError, ApiError, ConnectionError, failure, TimeoutError } from "./errors.js";
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
  return async function send(request, extras, state) {
    const { method, url, signal } = request;
    state.url = url;
    // Redacted only when something shows it (hooks, errors): most requests never need it.
    let redacted: string | undefined;
    const safeUrl = () => (redacted ??= redactUrl(url));
    /** Tell a hook, building its event (with the redacted URL) only when the hook exists. */
    const hook = (name: keyof Hooks, event: () => object) => {
      const fn = hooks[name] as ((event: object) => void) | undefined;
      if (fn) callHook(hooks, name, fn, { method, url: safeUrl(), ...event() });
    };
    const policy = extras.retry === undefined ? config.retry : resolveRetryPolicy(extras.retry, config.retry);
    const timeoutMs = checkMs("timeoutMs", extras.timeoutMs, config.timeoutMs);
    const { fetch, stream } = extras;
    if (fetch !== undefined && typeof fetch !== "function") throw optionError("fetch", "a function", fetch);
    const transport = fetch ? fetchTransport(fetch) : config.transport;
    const { body, contentType } = await replayableBody(request);
    const baseHeaders: Record<string, string> = {};
    for (const [name, value] of request.headers) baseHeaders[name] = value;
    if (contentType) baseHeaders["content-type"] ??= contentType;
    const mayRetry = isRetryableMethod(method, policy, baseHeaders);
    let retries = 0;
    let renewed = false;
    /** The error of an exchange that got no response (status 0). */
    const noResponse = (Class: typeof ApiError<undefined>, what: string, cause?: unknown) =>
      failure(Class, what, { status: 0, body: undefined, method, url: safeUrl(), retries, cause });
    const aborted = () => noResponse(AbortError, "aborted by the caller", signal?.reason);
    /** Wait before the next attempt, announcing it; the caller's abort ends the wait. */
    const retryAfter = async (attempt: number, status: number, delayMs: number, reason: string) => {
      hook("onRetry", () => ({ attempt, status, delayMs, reason }));
      await sleep(delayMs, signal).catch(() => {
        throw aborted();
      });
      state.retries = ++retries;
    };

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw aborted();
      let authorization: string | undefined;
      if (auth) {
        try {
          // A shared token request may take a while: the caller's abort does not wait for it.
          authorization = await unlessAborted(auth.authorize(), signal);
        } catch (error) {
          if (signal?.aborted) throw aborted();
          // Nothing was sent yet, so a transient token failure may be retried whatever the method.
          if (!transient(error) || retries >= policy.maxRetries) throw error;
          await retryAfter(attempt, (error as ApiError).status, retryDelay(retries, policy), "token request failed");
          continue;
        }
      }
      const headers = authorization === undefined ? baseHeaders : { ...baseHeaders, authorization };
      hook("onRequest", () => ({ headers: redactHeaders(headers), attempt }));

      const started = performance.now();
      const timer = startAttempt(timeoutMs, signal);
      let response: Response | undefined;
      let error: ApiError | undefined;
      try {
        response = await transport({ method, url, headers, body, stream }, timer);
      } catch (cause) {
        if (timer.reason() === "caller") throw aborted();
        error =
          timer.reason() === "timeout"
            ? noResponse(TimeoutError, `→ no response within ${timeoutMs} ms`, cause)
            : noResponse(ConnectionError, `→ connection failed (${failureReason(cause)})`, cause);
      } finally {
        timer.clear();
      }
      const status = response?.status ?? 0;
      hook("onResponse", () => ({
        attempt,
        status,
        headers: response ? redactHeaders(response.headers) : {},
        durationMs: performance.now() - started,
        ...(error && { error: { name: error.name, message: error.message } }),
      }));
      // A 401 may only mean an expired token: renew it once and resend, whatever the method (nothing ran).
      const renew: boolean =
        status === 401 && authorization !== undefined && !renewed && auth?.onUnauthorized?.(authorization) === true;
      if (renew || (mayRetry && retries < policy.maxRetries && (error || isRetryableStatus(status)))) {
        renewed ||= renew;
        response?.body?.cancel().catch(() => undefined);
        await retryAfter(
          attempt,
          status,
          renew ? 0 : retryDelay(retries, policy, response?.headers),
          renew
            ? "unauthorized, credential renewed"
            : error
              ? error instanceof TimeoutError
                ? "timeout"
                : "connection error"
              : `status ${status}`,
        );
        continue;
      }
      if (error) throw error;
      return response as Response;
    }
  };
}
