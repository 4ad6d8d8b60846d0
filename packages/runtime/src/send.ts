// The fetch that openapi-fetch's client calls: auth, per-attempt timeout, retries, a byte cap on bodies and hooks,
// around the platform's fetch. Everything it throws is an ApiError with the URL redacted and credentials scrubbed.
import type { AuthProvider } from "./auth/provider.js";
import { AbortError, ApiError, afterRetries, ConnectionError, TimeoutError } from "./errors.js";
import { ExchangeFailure, exchange, failureError, rename } from "./exchange.js";
import { callHook, type Hooks } from "./hooks.js";
import { redactHeaders, redactUrl, type Scrub, scrubDeep, secretScrubber } from "./redact.js";
import { isRetryableMethod, isRetryableStatus, type RetryPolicy, resolveRetryPolicy, retryDelay } from "./retry.js";
import { type AttemptSignal, sleep, startAttempt } from "./timeout.js";
import type { RequestExtras } from "./types.js";
import { checkMs, optionError } from "./validate.js";

/** Validated client configuration the sender works from. */
export interface SendConfig {
  auth: AuthProvider | undefined;
  retry: RetryPolicy;
  timeoutMs: number;
  maxResponseBytes: number;
  hooks: Hooks;
  /** The user's fetch; undefined = the platform's, looked up at call time. */
  fetch: typeof globalThis.fetch | undefined;
}

/** Name of the per-call context our client methods pass through openapi-fetch (it copies unknown `init` keys onto the Request). */
export const CALL = "partnerApisCall";

/** What a client method and the sender share about one call. */
export interface CallContext {
  /** The operation's path template. */
  path: string;
  /** `parseAs: "stream"`: the body is handed over unread (still capped). */
  stream: boolean;
  /** A per-request transport. */
  fetch: typeof globalThis.fetch | undefined;
  /** Filled in by the sender: the URL sent, the retries made, the final status. */
  url: string;
  retries: number;
  status: number;
  /** The attempt whose body openapi-fetch still reads: its timer is cleared (and its abort reason read) by the client method. */
  release?: AttemptSignal;
}

/** The request as openapi-fetch built it, with the per-request extras it copied onto it. */
type CarriedRequest = Request & RequestExtras & { [CALL]?: CallContext };

/** A failed token request is worth another try when it failed transiently (or another caller's abort ended it). */
const transient = (error: unknown) =>
  error instanceof ConnectionError ||
  error instanceof AbortError ||
  (error instanceof ApiError && isRetryableStatus(error.status));

/** Make the sender: `fetch(request)` → the final `Response` (body in memory unless streamed), or a typed error. */
export function createSender(config: SendConfig) {
  const { auth, hooks } = config;
  /** A scrubber of every credential the auth provider knows now (tokens change). */
  const scrubber = (): Scrub => secretScrubber(auth?.secrets?.() ?? []);

  return async function send(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = (input instanceof Request && !init ? input : new Request(input, init)) as CarriedRequest;
    const context = request[CALL];
    const { method, url, signal } = request;
    if (context) context.url = url;
    let scrub: Scrub | undefined;
    const clean = (text: string) => {
      scrub ??= scrubber();
      return scrub(text);
    };
    let redacted: string | undefined;
    const safeUrl = () => (redacted ??= clean(redactUrl(url)));
    /** Tell a hook, building its event (redacted and scrubbed) only when the hook exists. */
    const hook = (name: keyof Hooks, event: () => object) => {
      const fn = hooks[name] as ((event: object) => void) | undefined;
      if (fn) callHook(hooks, name, fn, scrubDeep({ method, url: safeUrl(), ...event() }, clean));
    };
    const policy = request.retry === undefined ? config.retry : resolveRetryPolicy(request.retry, config.retry);
    const timeoutMs = checkMs("timeoutMs", request.timeoutMs, config.timeoutMs);
    const maxBytes = checkMs("maxResponseBytes", request.maxResponseBytes, config.maxResponseBytes);
    const fetch = context?.fetch ?? config.fetch ?? globalThis.fetch;
    if (typeof fetch !== "function") throw optionError("fetch", "a function", fetch);
    // A Blob, not bytes: fetch may detach an ArrayBuffer it sends, and a Blob can be sent again (redirects, retries).
    const body = request.body ? await request.blob() : undefined;
    const baseHeaders = request.headers;
    const mayRetry = isRetryableMethod(method, policy, baseHeaders);
    const path = context?.path;
    let retries = 0;
    let renewed = false;
    const aborted = () =>
      failureError(
        new ExchangeFailure("abort", signal.reason, 0, "aborted by the caller"),
        { method, url: safeUrl(), retries, path },
        clean,
      );
    /** Wait before the next attempt, announcing it; the caller's abort ends the wait. */
    const retryAfter = async (attempt: number, status: number, delayMs: number, reason: string) => {
      hook("onRetry", () => ({ attempt, status, delayMs, reason }));
      await sleep(delayMs, signal).catch(() => {
        throw aborted();
      });
      retries++;
      if (context) context.retries = retries;
    };

    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw aborted();
      // One timer per attempt: it bounds the token request, the exchange and the reading of the body.
      const timer = startAttempt(timeoutMs, signal);
      let authorization: string | undefined;
      if (auth) {
        try {
          authorization = await auth.authorize({ signal: timer.signal });
        } catch (thrown) {
          timer.clear();
          if (timer.reason() === "caller" || signal.aborted) throw aborted();
          const error =
            thrown instanceof ApiError
              ? thrown
              : timer.reason() === "timeout"
                ? failureError(
                    new ExchangeFailure("timeout", undefined, 0, `no token within ${timeoutMs} ms`),
                    { method, url: safeUrl(), retries: 0 },
                    clean,
                  )
                : undefined;
          if (!error) throw thrown;
          // Nothing was sent yet, so a transient token failure may be retried whatever the method.
          if (!transient(error) || retries >= policy.maxRetries) {
            throw retries ? rename(error, `${error.message}${afterRetries(retries)}`, clean, retries) : error;
          }
          await retryAfter(attempt, error.status, retryDelay(retries, policy), "token request failed");
          continue;
        }
      }
      // A copy per attempt: the Request openapi-fetch hands to onResponse/onError middleware keeps no live credential.
      const headers = new Headers(baseHeaders);
      if (authorization !== undefined) headers.set("authorization", authorization);
      hook("onRequest", () => ({ headers: redactHeaders(headers), attempt }));

      const started = performance.now();
      let response: Response | undefined;
      let error: ApiError | undefined;
      let deferred = false;
      try {
        const { redirect, credentials } = request;
        const init = { method, headers, body, signal: timer.signal, redirect, credentials };
        // A body of declared length is read by openapi-fetch right after, under this attempt's timer: the client
        // method clears the timer once the call is parsed (one buffer copy less per call). Otherwise it is read here.
        const mode = context?.stream ? "stream" : context ? "defer" : "read";
        ({ response, deferred } = await exchange(fetch, url, init, maxBytes, mode));
      } catch (thrown) {
        if (!(thrown instanceof ExchangeFailure)) throw thrown;
        if (thrown.kind === "abort") throw aborted();
        error = failureError(thrown, { method, url: safeUrl(), retries, path }, clean);
      } finally {
        if (deferred && context) context.release = timer;
        else timer.clear();
      }
      const status = response?.status ?? error?.status ?? 0;
      if (context) context.status = status;
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
      const retryable = error ? error instanceof ConnectionError : isRetryableStatus(status);
      if (renew || (mayRetry && retries < policy.maxRetries && retryable)) {
        renewed ||= renew;
        if (context?.release) {
          context.release.clear();
          context.release = undefined;
        }
        response?.body?.cancel().catch(() => undefined);
        const reason = renew
          ? "unauthorized, credential renewed"
          : error
            ? error instanceof TimeoutError
              ? "timeout"
              : "connection error"
            : `status ${status}`;
        await retryAfter(attempt, status, renew ? 0 : retryDelay(retries, policy, response?.headers), reason);
        continue;
      }
      if (error) throw error;
      return response as Response;
    }
  };
}
