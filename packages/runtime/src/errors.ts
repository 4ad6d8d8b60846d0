// One error hierarchy for every failure (Stainless style): ApiError carries status, headers, body and request id;
// the subclasses name the status family or the kind of failure. Built only from text that was already redacted.

/** What every {@link ApiError} carries besides its message. */
export interface ApiErrorDetails<Body = unknown> {
  /** HTTP status, or 0 when no response arrived (connection error, timeout, abort). */
  status: number;
  /** The provider's error body (parsed JSON when it was JSON, else text; undefined without a response), credentials redacted. */
  body: Body;
  /** HTTP method of the request. */
  method: string;
  /** Request URL with credential-looking query values redacted. */
  url: string;
  /** How many times the request was re-sent before giving up (token requests included). */
  retries: number;
  /** The operation's path template (`/v2/seance/{seance_uid}`), when the call came through a typed client method. */
  path?: string | undefined;
  /** Response headers, lower-cased, credential headers redacted; empty without a response. */
  headers?: Record<string, string>;
  /** The delay the server asked for (Retry-After / retry-after-ms), when it sent one. */
  retryAfterMs?: number | undefined;
  /** The underlying error (a network error, an abort reason), its text redacted. */
  cause?: unknown;
}

/** Base class of every error the clients throw: an HTTP error status or a failed exchange. */
export class ApiError<Body = unknown> extends Error {
  override name = "ApiError";
  /** HTTP status, or 0 when no response arrived. */
  declare readonly status: number;
  /** The provider's error body, typed from the spec (narrow with `isOperationError`). */
  declare readonly body: Body;
  /** HTTP method. */
  declare readonly method: string;
  /** Request URL, credentials redacted. */
  declare readonly url: string;
  /** The operation's path template, when known (used by `isOperationError`). */
  declare readonly path: string | undefined;
  /** Number of retries made before this error (token requests included). */
  declare readonly retries: number;
  /** Response headers (lower-cased, credentials redacted); empty without a response. */
  declare readonly headers: Record<string, string>;
  /** The provider's request id (`x-request-id`, `request-id`, `x-correlation-id`), when it sent one. */
  declare readonly requestId: string | undefined;
  /** Delay the server asked for, in milliseconds, when it sent Retry-After. */
  declare readonly retryAfterMs: number | undefined;

  constructor(message: string, details: ApiErrorDetails<Body>) {
    const { cause, headers = {}, ...rest } = details;
    super(message, cause === undefined ? undefined : { cause });
    const requestId = headers["x-request-id"] ?? headers["request-id"] ?? headers["x-correlation-id"];
    Object.assign(this, { path: undefined, ...rest, headers, requestId });
  }

  /** A JSON view for loggers: every field and the message, no stack. */
  toJSON(): object {
    return { ...this, message: this.message };
  }
}

/** 400: the provider rejected the request as malformed. */
export class BadRequestError<Body = unknown> extends ApiError<Body> {
  override name = "BadRequestError";
}
/** 401: missing, invalid or expired credentials (also: a token request that was refused). */
export class UnauthorizedError<Body = unknown> extends ApiError<Body> {
  override name = "UnauthorizedError";
}
/** 403: authenticated but not allowed. */
export class ForbiddenError<Body = unknown> extends ApiError<Body> {
  override name = "ForbiddenError";
}
/** 404: no such resource. */
export class NotFoundError<Body = unknown> extends ApiError<Body> {
  override name = "NotFoundError";
}
/** 422: well-formed but semantically invalid request. */
export class UnprocessableEntityError<Body = unknown> extends ApiError<Body> {
  override name = "UnprocessableEntityError";
}
/** 429: rate limited; `retryAfterMs` says when to come back when the server said so. */
export class RateLimitedError<Body = unknown> extends ApiError<Body> {
  override name = "RateLimitedError";
}
/** 5xx: the provider failed. */
export class ServerError<Body = unknown> extends ApiError<Body> {
  override name = "ServerError";
}
/** No (complete) response: refused, reset or dropped connection, DNS failure, a body cut off. `status` is 0 unless the body was cut off. */
export class ConnectionError extends ApiError<undefined> {
  override name = "ConnectionError";
}
/** No response within `timeoutMs` (per attempt, token request included). A ConnectionError; `status` is 0. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}
/** The caller's AbortSignal fired; never retried. `status` is 0. */
export class AbortError extends ApiError<undefined> {
  override name = "AbortError";
}
/** The response body exceeded `maxResponseBytes`; reading stopped there. */
export class ResponseTooLargeError extends ApiError<undefined> {
  override name = "ResponseTooLargeError";
}
/** A body documented as JSON (or a token answer) that is not valid JSON: HTML, text, truncated JSON. */
export class InvalidResponseError extends ApiError<undefined> {
  override name = "InvalidResponseError";
}

/**
 * True for any error the clients throw. To read an operation's documented error body typed, prefer
 * `isOperationError(error, "post", "/v2/seance")`.
 */
export function isApiError<Body = unknown>(error: unknown): error is ApiError<Body | undefined> {
  return error instanceof ApiError;
}

/** True for an error answered by the server with an error status (4xx/5xx): its `body` is then the provider's error body. */
export function isHttpError<Body = unknown>(error: unknown): error is ApiError<Body> {
  return (
    error instanceof ApiError &&
    error.status > 0 &&
    !(
      error instanceof ConnectionError ||
      error instanceof InvalidResponseError ||
      error instanceof ResponseTooLargeError
    )
  );
}

type ErrorClass = new <B>(message: string, details: ApiErrorDetails<B>) => ApiError<B>;

const CLASS_BY_STATUS: Record<number, ErrorClass> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitedError,
};

/** The error class for an HTTP status: the specific 4xx classes, ServerError for 5xx, else ApiError. */
export function errorClassForStatus(status: number): ErrorClass {
  return CLASS_BY_STATUS[status] ?? (status >= 500 && status <= 599 ? ServerError : ApiError);
}

/** ` after N retries` (empty for none). */
export const afterRetries = (retries: number): string =>
  retries ? ` after ${retries} ${retries > 1 ? "retries" : "retry"}` : "";

/**
 * The error every failure throws: `METHOD URL <what>[ after N retries][: detail]`, e.g.
 * `POST https://…/v2/seance → 503 Service Unavailable after 2 retries: detail`.
 */
export function failure<E extends ApiError<B>, B>(
  Class: new (message: string, details: ApiErrorDetails<B>) => E,
  what: string,
  details: ApiErrorDetails<B>,
  detail = "",
): E {
  const { method, url, retries } = details;
  return new Class(`${method} ${url} ${what}${afterRetries(retries)}${detail && `: ${detail}`}`, details);
}

/** A short human detail from a provider error body (`message`, `msg`, `error_description`, `detail`, `error`), max 200 chars. */
export function bodyDetail(body: unknown): string {
  // biome-ignore lint/suspicious/noExplicitAny: probing a provider's body of any shape
  const b = (body ?? {}) as Record<string, any>;
  const text: unknown =
    typeof body === "string"
      ? body
      : (b.message ?? b.msg ?? b.error_description ?? b.detail ?? b.data?.message ?? b.error?.message ?? b.error);
  return typeof text === "string" ? text.replace(/\s+/g, " ").trim().slice(0, 200) : "";
}

/** The typed error for a non-2xx response, named by its status and reason phrase. */
export function httpError<Body>(details: ApiErrorDetails<Body>, statusText?: string): ApiError<Body> {
  const { status } = details;
  const what = `→ ${status} ${statusText || ""}`.trimEnd();
  return failure(errorClassForStatus(status), what, details, bodyDetail(details.body));
}
