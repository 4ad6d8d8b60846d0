import type {
  BodySerializer,
  Middleware,
  PathSerializer,
  QuerySerializer,
  QuerySerializerOptions,
} from "openapi-fetch";
import type { MediaType } from "openapi-typescript-helpers";
import type { AuthProvider } from "./auth/provider.js";
import { type CallState, createCall } from "./call.js";
import { httpError } from "./errors.js";
import type { Hooks } from "./hooks.js";
import { redactUrl } from "./redact.js";
import { DEFAULT_RETRY, type RetryOptions, resolveRetryPolicy, serverRetryAfterMs } from "./retry.js";
import { createSender, type SendConfig } from "./send.js";
import { DEFAULT_TIMEOUT_MS } from "./timeout.js";
import { defaultTransport, fetchTransport } from "./transport.js";
import type { ApiClient } from "./types.js";
import { checkKeys, checkMs, isFunction, isHttpUrl, isObject, optionError, type Rule } from "./validate.js";

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
  /** Transport override (default: the runtime's node:http transport with keep-alive). */
  fetch?: typeof globalThis.fetch;
  /** openapi-fetch serializers, passed through. */
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];
const func: Rule = ["a function", isFunction];
const checkedLater: Rule = ["", () => true];
/** What each client option must be (`retry` and `timeoutMs` have their own checks). */
const RULES: Record<keyof ApiClientOptions, Rule> = {
  baseUrl: ["an absolute http(s) URL", isHttpUrl],
  auth: ["an AuthProvider such as httpBasic(...)", (value) => isFunction(value?.authorize)],
  retry: checkedLater,
  timeoutMs: checkedLater,
  hooks: ["an object { onRequest?, onResponse?, onRetry? }", isObject],
  headers: ["an object of strings", isObject],
  fetch: func,
  querySerializer: ["a function", (value) => isFunction(value) || isObject(value)],
  bodySerializer: func,
  pathSerializer: func,
};
const HOOKS: Record<keyof Hooks, Rule> = { onRequest: func, onResponse: func, onRetry: func };

/** Every option checked, naming the option and what was expected. */
function validateOptions(options: ApiClientOptions): SendConfig {
  if (!isObject(options)) throw optionError("createApiClient(options)", "an object with at least baseUrl", options);
  if ("signal" in options)
    throw new TypeError(
      "signal is not a client option: pass it per request (client.GET(path, { signal })) so that it aborts only that request",
    );
  checkKeys(options, RULES, "", "createApiClient: ");
  const { baseUrl, hooks = {}, headers = {} } = options;
  if (!isHttpUrl(baseUrl)) throw optionError("baseUrl", "an absolute http(s) URL", baseUrl);
  checkKeys(hooks, HOOKS, "hooks.");
  for (const [name, value] of Object.entries(headers))
    if (typeof value !== "string") throw optionError(`headers.${name}`, "a string", value);
  return {
    auth: options.auth,
    retry: resolveRetryPolicy(options.retry, DEFAULT_RETRY),
    timeoutMs: checkMs("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS),
    hooks,
    transport: options.fetch ? fetchTransport(options.fetch) : defaultTransport,
  };
}

/** Create a typed client for a generated `paths` type with retries, timeouts, typed errors, auth and hooks. */
export function createApiClient<Paths extends {}, Media extends MediaType = MediaType>(
  options: ApiClientOptions,
): ApiClient<Paths, Media> {
  const middleware: Middleware[] = [];
  const call = createCall(options, createSender(validateOptions(options)), middleware);
  const client: Record<string, unknown> = {};
  const throwing: Record<string, unknown> = {};
  for (const method of METHODS) {
    client[method] = (url: string, init?: object) => call(method, url, init, { url, retries: 0 });
    throwing[method] = async (url: string, init?: object) => {
      const state: CallState = { url, retries: 0 };
      const { data, error, response } = await call(method, url, init, state);
      if (response.ok) return data;
      const { status, statusText, headers } = response;
      const { url: sent, retries } = state;
      const retryAfterMs = serverRetryAfterMs(headers);
      throw httpError({ method, url: redactUrl(sent), retries, status, body: error, retryAfterMs }, statusText);
    };
  }
  client.throwing = throwing;
  /** openapi-fetch's `use`: middleware runs once per call, outside the retries. */
  client.use = (...added: Middleware[]) => {
    for (const m of added) {
      if (!m) continue;
      if (!isObject(m) || !("onRequest" in m || "onResponse" in m || "onError" in m))
        throw optionError("use(middleware)", "an object with onRequest, onResponse or onError", m);
      middleware.push(m);
    }
  };
  client.eject = (...removed: Middleware[]) => {
    for (const m of removed) {
      const index = middleware.indexOf(m);
      if (index !== -1) middleware.splice(index, 1);
    }
  };
  return client as unknown as ApiClient<Paths, Media>;
}
