import createClient, { type BodySerializer, type Middleware, type PathSerializer, type QuerySerializer, type QuerySerializerOptions } from "openapi-fetch";
import type { MediaType } from "openapi-typescript-helpers";
import type { AuthProvider } from "./auth/provider.js";
import { httpError } from "./errors.js";
import type { Hooks } from "./hooks.js";
import { redactUrl } from "./redact.js";
import { LightRequest } from "./request.js";
import { DEFAULT_RETRY, type RetryOptions, resolveRetryPolicy, serverRetryAfterMs } from "./retry.js";
import { type ResponseMeta, STREAM_KEY, type SendConfig, TRANSPORT_KEY, createSender } from "./send.js";
import { DEFAULT_TIMEOUT_MS } from "./timeout.js";
import { type Transport, defaultTransport, fetchTransport } from "./transport.js";
import type { ApiClient } from "./types.js";
import { checkMs, optionError } from "./validate.js";

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

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const FUNCTION_OPTIONS = ["fetch", "querySerializer", "bodySerializer", "pathSerializer"];
const OPTIONS = ["baseUrl", "auth", "retry", "timeoutMs", "hooks", "headers", ...FUNCTION_OPTIONS];
const HOOKS = ["onRequest", "onResponse", "onRetry"];

/** Every option checked, naming the option and what was expected. */
function validateOptions(options: ApiClientOptions): SendConfig {
  if (!options || typeof options !== "object") throw optionError("createApiClient(options)", "an object with at least baseUrl", options);
  for (const name of Object.keys(options)) {
    if (name === "signal") throw new TypeError("signal is not a client option: pass it per request (client.GET(path, { signal })) so that it aborts only that request");
    if (!OPTIONS.includes(name)) throw optionError(`createApiClient: ${name}`, `one of ${OPTIONS.join(", ")}`, "an unknown option");
  }
  const { baseUrl, auth, hooks = {}, headers = {} } = options;
  if (typeof baseUrl !== "string" || !/^https?:\/\/[^/]/i.test(baseUrl)) throw optionError("baseUrl", "an absolute http(s) URL", baseUrl);
  if (auth !== undefined && typeof auth?.authorize !== "function") throw optionError("auth", "an AuthProvider such as httpBasic(...)", auth);
  if (typeof hooks !== "object" || !hooks) throw optionError("hooks", "an object { onRequest?, onResponse?, onRetry? }", hooks);
  for (const [name, value] of Object.entries(hooks)) {
    if (!HOOKS.includes(name)) throw optionError(`hooks.${name}`, `one of ${HOOKS.join(", ")}`, "an unknown option");
    if (value !== undefined && typeof value !== "function") throw optionError(`hooks.${name}`, "a function", value);
  }
  if (typeof headers !== "object" || !headers) throw optionError("headers", "an object of strings", headers);
  for (const [name, value] of Object.entries(headers)) if (typeof value !== "string") throw optionError(`headers.${name}`, "a string", value);
  for (const name of FUNCTION_OPTIONS) {
    const value = options[name as keyof ApiClientOptions];
    if (value !== undefined && typeof value !== "function" && !(name === "querySerializer" && typeof value === "object")) throw optionError(name, "a function", value);
  }
  return {
    auth,
    retry: resolveRetryPolicy(options.retry, DEFAULT_RETRY, "retry"),
    timeoutMs: checkMs("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS),
    hooks,
    transport: options.fetch ? fetchTransport(options.fetch) : defaultTransport,
  };
}

/** Create a typed client for a generated `paths` type with retries, timeouts, typed errors, auth and hooks. */
export function createApiClient<Paths extends {}, Media extends MediaType = MediaType>(options: ApiClientOptions): ApiClient<Paths, Media> {
  const config = validateOptions(options);
  const meta = new WeakMap<Response, ResponseMeta>();
  const core = createClient<Record<string, any>>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    fetch: createSender(config, meta) as (request: Request) => Promise<Response>,
    Request: LightRequest as unknown as typeof Request,
    querySerializer: options.querySerializer,
    bodySerializer: options.bodySerializer,
    pathSerializer: options.pathSerializer,
  });
  const transports = new WeakMap<typeof globalThis.fetch, Transport>();
  const middleware = new Set<Middleware>();

  /** A call's init for openapi-fetch: per-call fetch as a transport, a real Request only when middleware needs one. */
  function prepare(init: Record<string, unknown> = {}): Record<string, unknown> {
    const { fetch, ...prepared } = init as { fetch?: typeof globalThis.fetch } & Record<string, unknown>;
    if (fetch !== undefined) {
      if (typeof fetch !== "function") throw optionError("fetch", "a function", fetch);
      if (!transports.has(fetch)) transports.set(fetch, fetchTransport(fetch));
      prepared[TRANSPORT_KEY] = transports.get(fetch);
    }
    if (prepared.parseAs === "stream") prepared[STREAM_KEY] = true;
    if (middleware.size || (prepared.middleware as unknown[] | undefined)?.length) prepared.Request = globalThis.Request;
    return prepared;
  }

  const client: Record<string, unknown> = {};
  const throwing: Record<string, unknown> = {};
  for (const method of METHODS) {
    const call = core[method] as (url: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    client[method] = (url: string, init?: Record<string, unknown>) => call(url, prepare(init));
    throwing[method] = async (url: string, init?: Record<string, unknown>) => {
      const { data, error, response } = await call(url, prepare(init));
      if (response.ok) return data;
      const { status, statusText, headers } = response;
      const info = meta.get(response) ?? { method, url: "", retries: 0 };
      throw httpError({ ...info, url: redactUrl(info.url), status, statusText, body: error, retryAfterMs: serverRetryAfterMs(headers) });
    };
  }
  client.throwing = throwing;
  client.use = (...added: Middleware[]) => {
    core.use(...added);
    for (const m of added) if (m) middleware.add(m);
  };
  client.eject = (...removed: Middleware[]) => {
    core.eject(...removed);
    for (const m of removed) middleware.delete(m);
  };
  return client as unknown as ApiClient<Paths, Media>;
}
