import createClient, { type BodySerializer, type Middleware, type PathSerializer, type QuerySerializer, type QuerySerializerOptions } from "openapi-fetch";
import type { MediaType } from "openapi-typescript-helpers";
import type { AuthProvider } from "./auth/provider.js";
import { AbortError, ApiError, ConnectionError, TimeoutError, httpError, retriesSuffix } from "./errors.js";
import { type Hooks, callHook } from "./hooks.js";
import { redactHeaders, redactUrl } from "./redact.js";
import { LightRequest, extra, replayableBody } from "./request.js";
import { DEFAULT_RETRY, type RetryOptions, type RetryPolicy, isRetryableMethod, isRetryableStatus, resolveRetryPolicy, retryDelay, serverRetryAfterMs } from "./retry.js";
import { DEFAULT_TIMEOUT_MS, sleep, startAttempt } from "./timeout.js";
import { type Transport, defaultTransport, fetchTransport } from "./transport.js";
import type { ApiClient } from "./types.js";
import { checkPositiveMs, optionError } from "./validate.js";

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** Absolute base URL, e.g. `https://api.example.com/v2`. */
  baseUrl: string;
  /** Supplies the Authorization header (oauth2ClientCredentials, jwtFromEndpoint, httpBasic, staticBearer). */
  auth?: AuthProvider;
  /** Retry policy (default `{ maxRetries: 2 }`); `false` = never retry. */
  retry?: RetryOptions | false;
  /** Timeout of each attempt in ms (default 60 000). */
  timeoutMs?: number;
  /** Observers for logging and metrics; they see redacted headers and URLs. */
  hooks?: Hooks;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Transport override (default: the runtime's own transport). */
  fetch?: typeof globalThis.fetch;
  /** openapi-fetch serializers, passed through. */
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
}

const KNOWN_OPTIONS = new Set(["baseUrl", "auth", "retry", "timeoutMs", "hooks", "headers", "fetch", "querySerializer", "bodySerializer", "pathSerializer"]);
const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
// Private init keys carrying per-call data from our wrapper to the transport stack.
const TRANSPORT_KEY = "partnerApisTransport";
const STREAM_KEY = "partnerApisStream";

/** What the throwing variant needs to build an error from a response. */
interface ResponseMeta {
  method: string;
  url: string;
  retries: number;
}

interface ClientConfig {
  auth: AuthProvider | undefined;
  retry: RetryPolicy;
  timeoutMs: number;
  hooks: Hooks;
  transport: Transport;
}

/** Validate the client options, naming the option and what was expected. */
function validateOptions(options: ApiClientOptions): ClientConfig {
  if (!options || typeof options !== "object") throw optionError("createApiClient(options)", "an object with at least baseUrl", options);
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw optionError(`createApiClient: ${key}`, `one of the known options (${[...KNOWN_OPTIONS].join(", ")})`, "an unknown option");
  }
  if (typeof options.baseUrl !== "string" || !/^https?:\/\/[^/]/i.test(options.baseUrl)) {
    throw optionError("baseUrl", "an absolute http(s) URL such as https://api.example.com/v2", options.baseUrl);
  }
  const { auth, hooks, headers, fetch } = options;
  if (auth !== undefined && (typeof auth !== "object" || auth === null || typeof auth.authorize !== "function")) {
    throw optionError("auth", "an AuthProvider ({ authorize(): Promise<string> }, e.g. httpBasic(...))", auth);
  }
  if (hooks !== undefined) {
    if (typeof hooks !== "object" || hooks === null) throw optionError("hooks", "an object { onRequest?, onResponse?, onRetry? }", hooks);
    for (const name of Object.keys(hooks) as (keyof Hooks)[]) {
      if (!["onRequest", "onResponse", "onRetry"].includes(name)) throw optionError(`hooks.${name}`, "one of onRequest, onResponse, onRetry", "an unknown option");
      if (hooks[name] !== undefined && typeof hooks[name] !== "function") throw optionError(`hooks.${name}`, "a function", hooks[name]);
    }
  }
  if (headers !== undefined) {
    if (typeof headers !== "object" || headers === null || Array.isArray(headers)) throw optionError("headers", "an object of header names to string values", headers);
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value !== "string") throw optionError(`headers.${name}`, "a string", value);
    }
  }
  if (fetch !== undefined && typeof fetch !== "function") throw optionError("fetch", "a fetch-compatible function", fetch);
  return {
    auth,
    retry: resolveRetryPolicy(options.retry, DEFAULT_RETRY, "retry"),
    timeoutMs: options.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : checkPositiveMs("timeoutMs", options.timeoutMs),
    hooks: hooks ?? {},
    transport: fetch ? fetchTransport(fetch) : defaultTransport,
  };
}

/** Create a typed client for a generated `paths` type with retries, timeouts, typed errors, auth and hooks. */
export function createApiClient<Paths extends {}, Media extends MediaType = MediaType>(options: ApiClientOptions): ApiClient<Paths, Media> {
  const config = validateOptions(options);
  const meta = new WeakMap<Response, ResponseMeta>();
  const send = createSender(config, meta);
  const core = createClient<Record<string, any>>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    fetch: send as (request: Request) => Promise<Response>,
    Request: LightRequest as unknown as typeof Request,
    querySerializer: options.querySerializer,
    bodySerializer: options.bodySerializer,
    pathSerializer: options.pathSerializer,
  });
  const transports = new WeakMap<typeof globalThis.fetch, Transport>();
  let middlewareCount = 0;

  /** Adapt a call's init: a real Request only when middleware needs one, per-call fetch as a transport. */
  function prepare(init: Record<string, unknown> | undefined): Record<string, unknown> {
    const prepared: Record<string, unknown> = { ...init };
    const perCallFetch = prepared.fetch as typeof globalThis.fetch | undefined;
    if (perCallFetch !== undefined) {
      if (typeof perCallFetch !== "function") throw optionError("fetch", "a fetch-compatible function", perCallFetch);
      let transport = transports.get(perCallFetch);
      if (!transport) transports.set(perCallFetch, (transport = fetchTransport(perCallFetch)));
      prepared[TRANSPORT_KEY] = transport;
      delete prepared.fetch;
    }
    if (prepared.parseAs === "stream") prepared[STREAM_KEY] = true;
    if (middlewareCount > 0 || (Array.isArray(prepared.middleware) && prepared.middleware.length > 0)) prepared.Request = globalThis.Request;
    return prepared;
  }

  const client: Record<string, unknown> = {};
  const throwing: Record<string, unknown> = {};
  for (const method of METHODS) {
    const call = core[method] as (url: string, init?: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    client[method] = (url: string, init?: Record<string, unknown>) => call(url, prepare(init));
    throwing[method] = async (url: string, init?: Record<string, unknown>) => {
      const result = await call(url, prepare(init));
      if (result.response.ok) return result.data;
      throw errorFromResponse(result.response, result.error, meta.get(result.response));
    };
  }
  client.throwing = throwing;
  client.use = (...middleware: Middleware[]) => {
    core.use(...middleware);
    middlewareCount += middleware.filter(Boolean).length;
  };
  client.eject = (...middleware: Middleware[]) => {
    core.eject(...middleware);
    middlewareCount = Math.max(0, middlewareCount - middleware.filter(Boolean).length);
  };
  return client as unknown as ApiClient<Paths, Media>;
}

/** The typed error for a non-2xx response returned by the stack. */
function errorFromResponse(response: Response, body: unknown, info: ResponseMeta | undefined): ApiError {
  return httpError({
    status: response.status,
    statusText: response.statusText,
    body,
    method: info?.method ?? "",
    url: info?.url ?? (response.url ? redactUrl(response.url) : ""),
    retries: info?.retries ?? 0,
    retryAfterMs: serverRetryAfterMs(response.headers),
  });
}

/** Lower-cased plain headers for the transport. */
function plainHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) out[name] = value;
  return out;
}

/** Short reason of a failed attempt for messages: the system error code when there is one. */
function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return (error as { code?: string }).code ?? cause?.code ?? cause?.message ?? error.message;
}

/** The function openapi-fetch calls as `fetch`: every attempt, auth, timeout, retry and hook happens here. */
function createSender(config: ClientConfig, meta: WeakMap<Response, ResponseMeta>) {
  const { auth, hooks } = config;
  return async function send(request: Request | LightRequest): Promise<Response> {
    const method = request.method;
    const url = request.url;
    const safeUrl = redactUrl(url);
    const retryOption = extra(request, "retry") as RetryOptions | false | undefined;
    const policy = retryOption === undefined ? config.retry : resolveRetryPolicy(retryOption, config.retry, "retry");
    const timeoutOption = extra(request, "timeoutMs");
    const timeoutMs = timeoutOption === undefined ? config.timeoutMs : checkPositiveMs("timeoutMs", timeoutOption);
    const transport = (extra(request, TRANSPORT_KEY) as Transport | undefined) ?? config.transport;
    const stream = extra(request, STREAM_KEY) === true;
    const callerSignal = request.signal;
    const { body, contentType } = await replayableBody(request);
    const baseHeaders = plainHeaders(request.headers);
    if (contentType && !baseHeaders["content-type"]) baseHeaders["content-type"] = contentType;
    const methodRetryable = isRetryableMethod(method, policy);
    const aborted = (cause: unknown, retries: number) =>
      new AbortError(`${method} ${safeUrl} aborted by the caller${retriesSuffix(retries)}`, { status: 0, body: undefined, method, url: safeUrl, retries, cause });

    let retries = 0;
    let refreshedAuth = false;
    for (let attempt = 1; ; attempt++) {
      if (callerSignal?.aborted) throw aborted(callerSignal.reason, retries);
      const authorization = auth ? await auth.authorize() : undefined;
      const headers = authorization === undefined ? baseHeaders : { ...baseHeaders, authorization };
      if (hooks.onRequest) callHook(hooks, "onRequest", hooks.onRequest, { method, url: safeUrl, headers: redactHeaders(headers), attempt });

      const started = performance.now();
      const timer = startAttempt(timeoutMs, callerSignal);
      let response: Response | undefined;
      let failure: ApiError | undefined;
      try {
        response = await transport({ method, url, headers, body, signal: timer.signal, stream });
      } catch (error) {
        const fired = timer.reason();
        if (fired === "caller") throw aborted(callerSignal?.reason, retries);
        const details = { status: 0, body: undefined, method, url: safeUrl, retries, cause: error };
        failure =
          fired === "timeout"
            ? new TimeoutError(`${method} ${safeUrl} → no response within ${timeoutMs} ms`, details)
            : new ConnectionError(`${method} ${safeUrl} → connection failed (${failureReason(error)})`, details);
      } finally {
        timer.clear();
      }
      const durationMs = performance.now() - started;

      if (response) {
        const status = response.status;
        if (hooks.onResponse) callHook(hooks, "onResponse", hooks.onResponse, { method, url: safeUrl, attempt, status, headers: redactHeaders(response.headers), durationMs });
        // A 401 may just mean an expired token: renew it once and resend, whatever the method (nothing ran).
        if (status === 401 && authorization !== undefined && !refreshedAuth && auth?.onUnauthorized?.(authorization)) {
          refreshedAuth = true;
          if (hooks.onRetry) callHook(hooks, "onRetry", hooks.onRetry, { method, url: safeUrl, attempt, status, delayMs: 0, reason: "unauthorized, credential refreshed" });
          await response.body?.cancel().catch(() => undefined);
          retries++;
          continue;
        }
        if (methodRetryable && retries < policy.maxRetries && isRetryableStatus(status)) {
          const delayMs = retryDelay(retries, policy, response.headers);
          if (hooks.onRetry) callHook(hooks, "onRetry", hooks.onRetry, { method, url: safeUrl, attempt, status, delayMs, reason: `status ${status}` });
          await response.body?.cancel().catch(() => undefined);
          await sleep(delayMs, callerSignal).catch((reason: unknown) => {
            throw aborted(reason, retries);
          });
          retries++;
          continue;
        }
        meta.set(response, { method, url: safeUrl, retries });
        return response;
      }

      const failed = failure as ApiError;
      if (hooks.onResponse) {
        callHook(hooks, "onResponse", hooks.onResponse, { method, url: safeUrl, attempt, status: 0, headers: {}, durationMs, error: { name: failed.name, message: failed.message } });
      }
      if (methodRetryable && retries < policy.maxRetries) {
        const delayMs = retryDelay(retries, policy);
        const reason = failed instanceof TimeoutError ? "timeout" : "connection error";
        if (hooks.onRetry) callHook(hooks, "onRetry", hooks.onRetry, { method, url: safeUrl, attempt, status: 0, delayMs, reason });
        await sleep(delayMs, callerSignal).catch((cause: unknown) => {
          throw aborted(cause, retries);
        });
        retries++;
        continue;
      }
      if (retries > 0) {
        const Class = failed.constructor as new (message: string, details: object) => ApiError;
        throw new Class(`${failed.message}${retriesSuffix(retries)}`, { status: 0, body: undefined, method, url: safeUrl, retries, cause: failed.cause });
      }
      throw failed;
    }
  };
}
