// One call as openapi-fetch's client makes it (URL, headers, body, middleware, parsing), built from openapi-fetch's own
// serializers, around our sender instead of `fetch`. Its `createClient` is not used: it would build a `Request` per
// call and hide the per-request extras from us, and it weighs more than this file.
import {
  type BodySerializer,
  defaultBodySerializer,
  type HeadersOptions,
  type Middleware,
  mergeHeaders,
  type ParseAs,
  type PathSerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
} from "openapi-fetch";
import { type OutgoingRequest, readBody } from "./request.js";
import type { RetryOptions } from "./retry.js";
import { createQuerySerializer, defaultPathSerializer } from "./serialize.js";

/** What the sender needs beside the request: the per-request extras, and where it reports the retries made. */
export interface CallExtras {
  retry?: RetryOptions | false;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  /** `parseAs: "stream"`: hand the body over unread. */
  stream: boolean;
}

/** Filled in by the sender for the throwing variant's error: the URL sent last and the retries made. */
export interface CallState {
  url: string;
  retries: number;
}

export type Send = (request: OutgoingRequest | Request, extras: CallExtras, state: CallState) => Promise<Response>;

/** openapi-fetch's client options that shape requests. */
export interface SerializerOptions {
  baseUrl: string;
  headers?: Record<string, string>;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
}

/** A call's `init` as the typed client methods accept it (see OperationInit), seen untyped. */
interface CallInit extends Omit<RequestInit, "body" | "headers" | "signal"> {
  baseUrl?: string;
  headers?: HeadersOptions;
  params?: { query?: Record<string, unknown>; path?: Record<string, unknown>; header?: HeadersOptions };
  parseAs?: ParseAs;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
  body?: unknown;
  middleware?: Middleware[];
  retry?: RetryOptions | false;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal | null;
}
type Result = { data?: unknown; error?: unknown; response: Response };
type Hook = "onRequest" | "onResponse" | "onError";
type Hooked = Partial<Record<Hook, (params: object) => unknown>>;

/** openapi-fetch's removeTrailingSlash: one slash. */
const withoutTrailingSlash = (url: string) => url.replace(/\/$/, "");

/** Make `call(method, path, init, state)`: same request and result as openapi-fetch's `client.GET(path, init)` and co. */
export function createCall(options: SerializerOptions, send: Send, middleware: Middleware[]) {
  const {
    headers: baseHeaders,
    querySerializer: globalQuery,
    bodySerializer: globalBody,
    pathSerializer: globalPath,
  } = options;
  const baseUrl = withoutTrailingSlash(options.baseUrl);
  const defaultQuery = typeof globalQuery === "function" ? globalQuery : createQuerySerializer(globalQuery);

  return async function call(
    method: string,
    schemaPath: string,
    init: CallInit = {},
    state: CallState,
  ): Promise<Result> {
    const {
      baseUrl: localBaseUrl,
      headers,
      params = {},
      parseAs = "json",
      querySerializer: localQuery,
      bodySerializer = globalBody ?? defaultBodySerializer,
      pathSerializer = globalPath || defaultPathSerializer,
      body,
      middleware: localMiddleware = [],
      retry,
      timeoutMs,
      fetch,
      signal = null,
      ...rest
    } = init;
    const querySerializer = !localQuery
      ? defaultQuery
      : typeof localQuery === "function"
        ? localQuery
        : createQuerySerializer({ ...(typeof globalQuery === "object" ? globalQuery : {}), ...localQuery });
    // openapi-fetch's createFinalURL: path parameters when there are any, then the query without a leading "?".
    let url = (localBaseUrl ? withoutTrailingSlash(localBaseUrl) : baseUrl) + schemaPath;
    if (params.path) url = pathSerializer(url, params.path);
    const search = querySerializer(params.query ?? {}).replace(/^\?/, "");
    if (search) url += `?${search}`;
    // openapi-fetch passes the merged headers too (its default serializer reads the content type), beyond its typing.
    const serializeBody = bodySerializer as (body: unknown, headers: Headers) => unknown;
    const serialized =
      body === undefined ? undefined : serializeBody(body, mergeHeaders(baseHeaders, headers, params.header));
    const json =
      serialized === undefined || serialized instanceof FormData ? {} : { "Content-Type": "application/json" };
    const finalHeaders = mergeHeaders(json, baseHeaders, headers, params.header);
    const extras: CallExtras = { retry, timeoutMs, fetch, stream: parseAs === "stream" };
    state.url = url;

    const all: Middleware[] = [...middleware, ...localMiddleware];
    if (!all.length)
      return parse(
        await send({ method, url, headers: finalHeaders, body: serialized, signal }, extras, state),
        method,
        parseAs,
      );

    // Middleware sees a real Request, and may replace it or answer in its place (openapi-fetch's contract).
    let request = new Request(url, {
      redirect: "follow",
      ...rest,
      method,
      headers: finalHeaders,
      body: serialized as BodyInit | undefined,
      signal,
    });
    let response = undefined as Response | undefined;
    const options = {
      baseUrl,
      fetch: fetch ?? globalThis.fetch,
      parseAs,
      querySerializer,
      bodySerializer,
      pathSerializer,
    };
    const id = Math.random().toString(36).slice(2, 11);
    const hook = (m: Middleware, name: Hook, extra: object): unknown =>
      (m as Hooked)[name]?.({ schemaPath, params, options, id, request, ...extra });
    /** Run `name` of each middleware on `value` (`key` in its params): a Response answers and stops, another result replaces `value`. */
    const each = async (name: Hook, key: string, value: unknown) => {
      for (const m of all) {
        const result = await hook(m, name, { [key]: value });
        if (result instanceof Response) {
          response = result;
          break;
        }
        if (result) value = result;
      }
      return value;
    };
    request = (await each("onRequest", "request", request)) as Request;
    all.reverse();
    if (!response) {
      try {
        response = await send(request, extras, state);
      } catch (thrown) {
        const error = await each("onError", "error", thrown);
        if (!response) throw error;
      }
      for (const m of all) response = ((await hook(m, "onResponse", { response })) as Response | undefined) || response;
    }
    return parse(response, request.method, parseAs);
  };
}

/** openapi-fetch's reading of an answer: `data` on 2xx (per `parseAs`), else `error` (JSON when it parses, else text). */
async function parse(response: Response, method: string, parseAs: string): Promise<Result> {
  const { ok, status, headers, body } = response;
  const empty =
    status === 204 ||
    method === "HEAD" ||
    (headers.get("Content-Length") === "0" && !headers.get("Transfer-Encoding")?.includes("chunked"));
  if (!ok) return { error: empty ? undefined : await readBody(response), response };
  if (empty || parseAs === "stream") return { data: empty ? undefined : body, response };
  if (parseAs !== "json") return { data: await response[parseAs as "json"](), response };
  const text = await response.text();
  return { data: text ? JSON.parse(text) : undefined, response };
}
