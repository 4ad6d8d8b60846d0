// The client is openapi-fetch's `createClient`, with our sender as its `fetch` (auth, timeouts, retries, byte cap,
// hooks) and thin method wrappers that add the throwing style and turn every failure into a typed error.
import createClient, {
  type BodySerializer,
  type Middleware,
  type PathSerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
} from "openapi-fetch";
import type { MediaType } from "openapi-typescript-helpers";
import type { AuthProvider } from "./auth/provider.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./body.js";
import { ApiError, httpError, InvalidResponseError } from "./errors.js";
import { ExchangeFailure, failureError } from "./exchange.js";
import type { Hooks } from "./hooks.js";
import { redactHeaders, redactUrl, scrubDeep, secretScrubber } from "./redact.js";
import { DEFAULT_RETRY, type RetryOptions, resolveRetryPolicy, serverRetryAfterMs } from "./retry.js";
import { CALL, type CallContext, createSender, type SendConfig } from "./send.js";
import { DEFAULT_TIMEOUT_MS } from "./timeout.js";
import type { ApiClient } from "./types.js";
import { checkKeys, checkMs, describeValue, isFunction, isObject, optionError, type Rule } from "./validate.js";

/** Options of {@link createApiClient}. */
export interface ApiClientOptions {
  /** Absolute base URL, e.g. `https://api.example.com/v2`. */
  baseUrl: string;
  /** Supplies the Authorization header (oauth2ClientCredentials, jwtFromEndpoint, httpBasic, staticBearer). */
  auth?: AuthProvider;
  /** Retry policy (default `{ maxRetries: 2 }`); `false` = never retry. Token requests follow it too. */
  retry?: RetryOptions | false;
  /** Timeout of each attempt in ms, token request and body included (default 60 000). */
  timeoutMs?: number;
  /** Largest response body accepted, in bytes (default 50 MB); a larger one ends in a ResponseTooLargeError. */
  maxResponseBytes?: number;
  /** Observers for logging and metrics; they see redacted headers and URLs. */
  hooks?: Hooks;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Transport (default: the platform's `fetch`); it serves the token requests too. */
  fetch?: typeof globalThis.fetch;
  /** openapi-fetch serializers, passed through. */
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const func: Rule = ["a function", isFunction];
const checkedLater: Rule = ["", () => true];
/** What each client option must be (`baseUrl`, `retry`, `timeoutMs` and `maxResponseBytes` have their own checks). */
const RULES: Record<keyof ApiClientOptions, Rule> = {
  baseUrl: checkedLater,
  auth: ["an AuthProvider such as httpBasic(...)", (value) => isFunction(value?.authorize)],
  retry: checkedLater,
  timeoutMs: checkedLater,
  maxResponseBytes: checkedLater,
  hooks: ["an object { onRequest?, onResponse?, onRetry? }", isObject],
  headers: ["an object of strings", isObject],
  fetch: func,
  querySerializer: ["a function", (value) => isFunction(value) || isObject(value)],
  bodySerializer: func,
  pathSerializer: func,
};
const HOOKS: Record<keyof Hooks, Rule> = { onRequest: func, onResponse: func, onRetry: func };

/** The base URL parsed by `new URL` (before any credential is attached); the error never shows credentials. */
export function checkBaseUrl(option: string, value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    const shown = typeof value === "string" ? describeValue(redactUrl(value)) : describeValue(value);
    throw new TypeError(`${option} must be an absolute http(s) URL such as https://api.example.com/v2, got ${shown}`);
  }
  return value as string;
}

/** Every option checked, naming the option and what was expected. */
function validateOptions(options: ApiClientOptions): SendConfig {
  if (!isObject(options)) throw optionError("createApiClient(options)", "an object with at least baseUrl", options);
  if ("signal" in options)
    throw new TypeError(
      "signal is not a client option: pass it per request (client.GET(path, { signal })) so that it aborts only that request",
    );
  checkKeys(options, RULES, "", "createApiClient: ");
  const { hooks = {}, headers = {} } = options;
  checkBaseUrl("baseUrl", options.baseUrl);
  checkKeys(hooks, HOOKS, "hooks.");
  for (const [name, value] of Object.entries(headers))
    if (typeof value !== "string") throw optionError(`headers.${name}`, "a string", value);
  return {
    auth: options.auth,
    retry: resolveRetryPolicy(options.retry, DEFAULT_RETRY),
    timeoutMs: checkMs("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxResponseBytes: checkMs("maxResponseBytes", options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES),
    hooks,
    fetch: options.fetch,
  };
}

type Result = { data?: unknown; error?: unknown; response: Response };
type CoreMethod = (path: string, init?: object) => Promise<Result>;

/** Create a typed client for a generated `paths` type with retries, timeouts, typed errors, auth and hooks. */
export function createApiClient<Paths extends {}, Media extends MediaType = MediaType>(
  options: ApiClientOptions,
): ApiClient<Paths, Media> {
  const config = validateOptions(options);
  const { auth } = config;
  const { baseUrl, headers, querySerializer, bodySerializer, pathSerializer } = options;
  const core = createClient<Paths, Media>({
    baseUrl,
    headers,
    querySerializer,
    bodySerializer,
    pathSerializer,
    fetch: createSender(config),
  });
  const scrub = () => secretScrubber(auth?.secrets?.() ?? []);

  /** One call through openapi-fetch; the context tells what the sender did (URL, retries, status). */
  async function call(method: (typeof METHODS)[number], path: string, init?: object) {
    const given = init as { fetch?: typeof globalThis.fetch; parseAs?: string } | undefined;
    const context: CallContext = {
      path,
      stream: given?.parseAs === "stream",
      fetch: given?.fetch,
      url: "",
      retries: 0,
      status: 0,
    };
    try {
      // `fetch: undefined`: a per-request transport goes to our sender (through the context), not around it.
      const options = { ...given, fetch: undefined, [CALL]: context };
      const result = await (core[method] as unknown as CoreMethod)(path, options);
      // A server may echo a credential in its error body: the result's `error` is scrubbed like a thrown error's.
      if (result.error !== undefined && auth?.secrets) result.error = scrubDeep(result.error, scrub());
      return { result, context };
    } catch (thrown) {
      throw bodyFailure(thrown, method, path, context);
    } finally {
      context.release?.clear();
    }
  }

  /** What went wrong while openapi-fetch read an answer's body, as a typed error (else the error itself). */
  function bodyFailure(thrown: unknown, method: string, path: string, context: CallContext): unknown {
    const { status, retries } = context;
    if (!status || thrown instanceof ApiError) return thrown;
    const clean = scrub();
    const url = clean(redactUrl(context.url));
    const details = { method, url, path, retries };
    // The attempt's timer or the caller's signal ended a body openapi-fetch was still reading.
    const ended = context.release?.reason();
    if (ended === "timeout" || ended === "caller") {
      const detail =
        ended === "timeout" ? `no response within ${context.release?.timeoutMs} ms` : "aborted by the caller";
      return failureError(
        new ExchangeFailure(ended === "timeout" ? "timeout" : "abort", thrown, 0, detail),
        details,
        clean,
      );
    }
    // openapi-fetch parses a 2xx body as JSON: a body that is not JSON (HTML, truncated) is a typed error.
    if (thrown instanceof SyntaxError)
      return new InvalidResponseError(
        clean(`${method} ${url} → ${status} with a body that is not valid JSON: ${thrown.message.slice(0, 200)}`),
        { status, body: undefined, ...details },
      );
    if (context.release) {
      const reason = (thrown as { cause?: { code?: string } })?.cause?.code ?? (thrown as Error)?.message;
      return failureError(
        new ExchangeFailure("connection", thrown, status, `${status} with a body cut off (${reason})`),
        details,
        clean,
      );
    }
    return thrown;
  }

  const client: Record<string, unknown> = {};
  const throwing: Record<string, unknown> = {};
  for (const method of METHODS) {
    client[method] = async (path: string, init?: object) => (await call(method, path, init)).result;
    throwing[method] = async (path: string, init?: object) => {
      const { result, context } = await call(method, path, init);
      const { data, error, response } = result;
      if (response.ok) return data;
      const clean = scrub();
      const { status, statusText, headers: answered } = response;
      throw httpError(
        {
          method,
          url: clean(redactUrl(context.url || baseUrl + path)),
          path,
          retries: context.retries,
          status,
          body: error,
          headers: scrubDeep(redactHeaders(answered), clean),
          retryAfterMs: serverRetryAfterMs(answered),
        },
        clean(statusText),
      );
    };
  }
  client.throwing = throwing;
  /** openapi-fetch's `use`: middleware runs once per call, outside the retries. */
  client.use = (...middleware: Middleware[]) => core.use(...middleware);
  client.eject = (...middleware: Middleware[]) => core.eject(...middleware);
  return client as unknown as ApiClient<Paths, Media>;
}
