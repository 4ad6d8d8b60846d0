import type { FetchResponse, MaybeOptionalInit, Middleware } from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
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
}

// Same as openapi-fetch's InitParam: optional when nothing is required; extra keys allowed.
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [(Init & { [key: string]: unknown })?] : [Init & { [key: string]: unknown }];

/** Paths as an indexable record (generated `paths` interfaces qualify). */
type Indexable<Paths> = Paths extends Record<string, any> ? Paths : never;

/** A client method: `client.GET(path, init)` → `{ data, error, response }`. */
export type ApiClientMethod<Paths extends Record<string, any>, Method extends HttpMethod, Media extends MediaType> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init & RequestExtras>
) => Promise<FetchResponse<Paths[Path][Method], Init, Media>>;

/** The `data` member of a successful result. */
export type SuccessData<Result> = Result extends { data: infer Data; error?: never } ? Data : never;

/** A throwing client method: `client.throwing.GET(path, init)` → `data`, or throws an ApiError subclass. */
export type ThrowingMethod<Paths extends Record<string, any>, Method extends HttpMethod, Media extends MediaType> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method>,
>(
  url: Path,
  ...init: InitParam<Init & RequestExtras>
) => Promise<SuccessData<FetchResponse<Paths[Path][Method], Init, Media>>>;

/** The error body an operation declares (all its 4xx/5xx/default responses), for `ApiError<ErrorBody<...>>`. */
export type ErrorBody<Paths extends Record<string, any>, Path extends keyof Paths, Method extends HttpMethod> = NonNullable<
  FetchResponse<Paths[Path][Method], {}, MediaType>["error"]
>;

/** Every HTTP method with a typed, throwing twin. */
export interface ThrowingClient<Paths extends {}, Media extends MediaType = MediaType> {
  GET: ThrowingMethod<Indexable<Paths>, "get", Media>;
  PUT: ThrowingMethod<Indexable<Paths>, "put", Media>;
  POST: ThrowingMethod<Indexable<Paths>, "post", Media>;
  DELETE: ThrowingMethod<Indexable<Paths>, "delete", Media>;
  OPTIONS: ThrowingMethod<Indexable<Paths>, "options", Media>;
  HEAD: ThrowingMethod<Indexable<Paths>, "head", Media>;
  PATCH: ThrowingMethod<Indexable<Paths>, "patch", Media>;
  TRACE: ThrowingMethod<Indexable<Paths>, "trace", Media>;
}

/** openapi-fetch's client (same methods and results) with retries, timeouts, auth and hooks, plus `throwing`. */
export interface ApiClient<Paths extends {}, Media extends MediaType = MediaType> {
  GET: ApiClientMethod<Indexable<Paths>, "get", Media>;
  PUT: ApiClientMethod<Indexable<Paths>, "put", Media>;
  POST: ApiClientMethod<Indexable<Paths>, "post", Media>;
  DELETE: ApiClientMethod<Indexable<Paths>, "delete", Media>;
  OPTIONS: ApiClientMethod<Indexable<Paths>, "options", Media>;
  HEAD: ApiClientMethod<Indexable<Paths>, "head", Media>;
  PATCH: ApiClientMethod<Indexable<Paths>, "patch", Media>;
  TRACE: ApiClientMethod<Indexable<Paths>, "trace", Media>;
  /** Same calls, resolving to `data` and throwing a typed ApiError on a non-2xx answer. */
  throwing: ThrowingClient<Paths, Media>;
  /** Register openapi-fetch middleware (runs once per call, outside retries). */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
}
