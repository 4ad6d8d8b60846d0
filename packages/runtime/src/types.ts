// Request and response typing of ApiClient. openapi-fetch infers `init` from the argument itself (a generic
// `Init extends ...`), so a misspelled field in an inline body compiles there and is silently dropped. Here `init`
// has the operation's exact type: TypeScript's excess-property check then rejects an unknown field at any depth.
import type { FetchResponse, MaybeOptionalInit, Middleware, ParseAs } from "openapi-fetch";
import type { HttpMethod, MediaType } from "openapi-typescript-helpers";
import type { ApiError } from "./errors.js";
import type { RetryOptions } from "./retry.js";

/** Per-request options added to openapi-fetch's `init`. */
export interface RequestExtras {
  /** Retry policy for this request, merged over the client's; `false` = no retry. */
  retry?: RetryOptions | false;
  /** Timeout of each attempt of this request, in ms. */
  timeoutMs?: number;
  /** The caller's signal: aborting it rejects with AbortError (never retried). It only affects this request. */
  signal?: AbortSignal | null;
  /** Transport for this request only (it still goes through retries, auth, timeouts and hooks). */
  fetch?: typeof globalThis.fetch;
  /** Largest response body accepted for this request, in bytes (default: the client's, 50 MB). */
  maxResponseBytes?: number;
}

/** Paths that declare `Method` (generated `paths` mark the others `method?: never`). */
export type PathsWith<Paths, Method extends HttpMethod> = {
  [Path in keyof Paths]: Paths[Path] extends { [M in Method]: object } ? Path : never;
}[keyof Paths];

/** The operation object of `Method` on `Path`. */
export type Operation<Paths, Path extends keyof Paths, Method extends HttpMethod> = Paths[Path] extends {
  [M in Method]: infer Op;
}
  ? Op extends Record<string | number, unknown>
    ? Op
    : never
  : never;

type OperationOptions<PathItem, Method extends HttpMethod> = NonNullable<
  MaybeOptionalInit<PathItem, Method & keyof PathItem>
>;

/**
 * The exact `init` of one operation: its `params` and `body`, openapi-fetch's options (`headers`, `parseAs`,
 * serializers, `middleware`, …) and the runtime's {@link RequestExtras}. No index signature: an unknown key is an error.
 */
export type OperationInit<PathItem, Method extends HttpMethod, As extends ParseAs = ParseAs> = Omit<
  OperationOptions<PathItem, Method>,
  "fetch" | "parseAs"
> &
  RequestExtras & {
    /** How to read a successful body: `json` (default), `text`, `blob`, `arrayBuffer` or `stream`. */
    parseAs?: As;
  };

/** `[init]` when the operation requires parameters or a body, `[init?]` otherwise. */
export type InitArgs<PathItem, Method extends HttpMethod, As extends ParseAs = ParseAs> =
  undefined extends MaybeOptionalInit<PathItem, Method & keyof PathItem>
    ? [init?: OperationInit<PathItem, Method, As>]
    : [init: OperationInit<PathItem, Method, As>];

/** The result of a call: `{ data, response }` on 2xx, `{ error, response }` otherwise, both typed from the spec. */
export type ApiResult<
  Paths,
  Path extends keyof Paths,
  Method extends HttpMethod,
  As extends ParseAs,
  Media extends MediaType,
> = FetchResponse<Operation<Paths, Path, Method>, { parseAs: As }, Media>;

/** A client method: `client.GET(path, init)` → `{ data, error, response }`; `init` is checked exactly. */
export type ApiClientMethod<Paths, Method extends HttpMethod, Media extends MediaType = MediaType> = <
  Path extends PathsWith<Paths, Method>,
  As extends ParseAs = "json",
>(
  url: Path,
  ...init: InitArgs<Paths[Path], Method, As>
) => Promise<ApiResult<Paths, Path, Method, As, Media>>;

/** The `data` member of a successful result. */
export type SuccessData<Result> = Result extends { data: infer Data; error?: never } ? Data : never;

/** A throwing client method: `client.throwing.GET(path, init)` → `data`, or throws an ApiError subclass. */
export type ThrowingMethod<Paths, Method extends HttpMethod, Media extends MediaType = MediaType> = <
  Path extends PathsWith<Paths, Method>,
  As extends ParseAs = "json",
>(
  url: Path,
  ...init: InitArgs<Paths[Path], Method, As>
) => Promise<SuccessData<ApiResult<Paths, Path, Method, As, Media>>>;

/**
 * The error body an operation declares (the union of its 4xx/5xx/default bodies): the `error` of its result and
 * the `body` of the ApiError its throwing call rejects with. (Named so that it never clashes with a provider's
 * own `ErrorBody` schema.)
 */
export type OperationErrorBody<
  Paths,
  Path extends keyof Paths,
  Method extends HttpMethod,
  Media extends MediaType = MediaType,
> = NonNullable<FetchResponse<Operation<Paths, Path, Method>, object, Media>["error"]>;

/** Every HTTP method with a typed, throwing twin. */
export interface ThrowingClient<Paths extends {}, Media extends MediaType = MediaType> {
  GET: ThrowingMethod<Paths, "get", Media>;
  PUT: ThrowingMethod<Paths, "put", Media>;
  POST: ThrowingMethod<Paths, "post", Media>;
  DELETE: ThrowingMethod<Paths, "delete", Media>;
  OPTIONS: ThrowingMethod<Paths, "options", Media>;
  HEAD: ThrowingMethod<Paths, "head", Media>;
  PATCH: ThrowingMethod<Paths, "patch", Media>;
  TRACE: ThrowingMethod<Paths, "trace", Media>;
}

/** openapi-fetch's client (same methods and results, exact `init`) with retries, timeouts, auth and hooks, plus `throwing`. */
export interface ApiClient<Paths extends {}, Media extends MediaType = MediaType> {
  GET: ApiClientMethod<Paths, "get", Media>;
  PUT: ApiClientMethod<Paths, "put", Media>;
  POST: ApiClientMethod<Paths, "post", Media>;
  DELETE: ApiClientMethod<Paths, "delete", Media>;
  OPTIONS: ApiClientMethod<Paths, "options", Media>;
  HEAD: ApiClientMethod<Paths, "head", Media>;
  PATCH: ApiClientMethod<Paths, "patch", Media>;
  TRACE: ApiClientMethod<Paths, "trace", Media>;
  /** Same calls, resolving to `data` and throwing a typed ApiError on a non-2xx answer. */
  throwing: ThrowingClient<Paths, Media>;
  /** Register openapi-fetch middleware (runs once per call, outside retries). */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
}

/** Response keys that are error statuses: numeric 4xx/5xx, `4XX`/`5XX` and `default`. */
type ErrorKey<K> = K extends number
  ? `${K}` extends `4${string}` | `5${string}`
    ? K
    : never
  : K extends "4XX" | "5XX" | "default"
    ? K
    : K extends `${infer N extends number}`
      ? N extends number
        ? ErrorKey<N>
        : never
      : never;

/** The status an error key stands for: the number itself, any number for a range or `default`. */
type StatusOfKey<K> = K extends number ? K : K extends `${infer N extends number}` ? N : number;

/** The body of one response object (its JSON, else its first media type), undefined without content. */
type ResponseBody<R> = R extends { content: infer C }
  ? C extends { "application/json": infer J }
    ? J
    : C[keyof C]
  : undefined;

/**
 * The error an operation's call throws when the server answers an error status, as a union by status:
 * `status` narrows `body` to that status's documented body (a `default` response stays possible for any status).
 */
export type OperationError<Paths, Path extends keyof Paths, Method extends HttpMethod> =
  Operation<Paths, Path, Method> extends { responses: infer R }
    ? {
        [K in keyof R as ErrorKey<K>]: ApiError<ResponseBody<R[K]>> & { readonly status: StatusOfKey<K> };
      } extends infer M
      ? M[keyof M]
      : never
    : never;
