// One HTTP exchange over the platform's fetch (or the one given): sent under the attempt's signal, body read under
// a byte cap inside the attempt (so the timeout covers it), every failure classified for a typed error.
import { BodyTooLarge, capStream, declaredWithin, readCapped } from "./body.js";
import {
  AbortError,
  type ApiError,
  type ApiErrorDetails,
  ConnectionError,
  failure,
  ResponseTooLargeError,
  TimeoutError,
} from "./errors.js";
import { redactUrl, type Scrub } from "./redact.js";
import { AttemptTimeout } from "./timeout.js";

/** Why an exchange produced no usable response. */
export class ExchangeFailure {
  constructor(
    readonly kind: "timeout" | "abort" | "connection" | "too-large",
    readonly cause: unknown,
    /** Status of a response whose body could not be read; 0 without a response. */
    readonly status: number,
    readonly detail: string,
  ) {}
}

/** Statuses and methods whose answer has no body. */
const noBody = (status: number, method: string) =>
  status === 204 || status === 205 || status === 304 || method === "HEAD";

/** Short reason of a network failure: the system error code when there is one. */
function failureReason(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } } | undefined;
  return e?.cause?.code ?? e?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}

/** How the body is handed over: read here, streamed (capped), or left to the caller when its length is declared and within the cap. */
export type BodyMode = "read" | "stream" | "defer";

/**
 * Send one request and read its body (at most `maxBytes`) inside the attempt: a `Response` whose body is in memory,
 * or an {@link ExchangeFailure}. With `defer`, an identity-encoded body of a declared length within the cap is left
 * unread (the caller reads it while the attempt's signal still runs): `deferred` says so.
 */
export async function exchange(
  fetch: typeof globalThis.fetch,
  url: string,
  init: RequestInit & { signal: AbortSignal; method: string },
  maxBytes: number,
  mode: BodyMode,
): Promise<{ response: Response; deferred: boolean }> {
  const { signal } = init;
  let status = 0;
  try {
    const response = await fetch(url, init);
    status = response.status;
    if (!response.body || noBody(status, init.method)) return { response, deferred: false };
    if (mode === "defer" && declaredWithin(response.headers, maxBytes)) return { response, deferred: true };
    const stream = mode === "stream";
    const { statusText, headers } = response;
    const body = stream
      ? capStream(response.body, maxBytes, () => {
          const shown = redactUrl(url);
          const details = { status, body: undefined, method: init.method, url: shown, retries: 0 };
          return failure(ResponseTooLargeError, `→ body larger than maxResponseBytes (${maxBytes})`, details);
        })
      : await readCapped(response, maxBytes);
    return { response: new Response(body as BodyInit, { status, statusText, headers }), deferred: false };
  } catch (cause) {
    const reason: unknown = signal.aborted ? signal.reason : undefined;
    if (reason instanceof AttemptTimeout)
      throw new ExchangeFailure("timeout", cause, status, `no response within ${reason.timeoutMs} ms`);
    if (signal.aborted) throw new ExchangeFailure("abort", reason, status, "aborted by the caller");
    if (cause instanceof BodyTooLarge)
      throw new ExchangeFailure("too-large", undefined, status, `body larger than maxResponseBytes (${maxBytes})`);
    const what = status ? `${status} with a body cut off` : "connection failed";
    throw new ExchangeFailure("connection", cause, status, `${what} (${failureReason(cause)})`);
  }
}

/** A cause safe to show: its name, code and scrubbed message, no reference to objects that may hold credentials. */
export function safeCause(cause: unknown, scrub: Scrub): Error | undefined {
  if (cause === undefined || cause instanceof AttemptTimeout || cause instanceof BodyTooLarge) return undefined;
  const source = cause as { name?: string; message?: string; code?: string; cause?: unknown } | null;
  const copy = new Error(scrub(String(source?.message ?? cause))) as Error & { code?: string };
  if (source?.name) copy.name = source.name;
  if (typeof source?.code === "string") copy.code = source.code;
  const inner = source?.cause as { code?: string; message?: string } | undefined;
  if (inner && typeof inner === "object") {
    const deeper = safeCause(inner, scrub);
    if (deeper) Object.defineProperty(copy, "cause", { value: deeper, enumerable: false, configurable: true });
  }
  return copy;
}

const CLASSES = {
  timeout: TimeoutError,
  abort: AbortError,
  connection: ConnectionError,
  "too-large": ResponseTooLargeError,
} as const;

/** The typed error of a failed exchange: TimeoutError, AbortError, ConnectionError or ResponseTooLargeError. */
export function failureError(
  failed: ExchangeFailure,
  details: Omit<ApiErrorDetails<undefined>, "status" | "body" | "cause">,
  scrub: Scrub,
  prefix = "",
): ApiError<undefined> {
  const what = failed.kind === "abort" ? failed.detail : `→ ${failed.detail}`;
  const error = failure(CLASSES[failed.kind], what, {
    ...details,
    status: failed.status,
    body: undefined,
    cause: safeCause(failed.cause, scrub),
  });
  return prefix ? rename(error, `${prefix}${error.message}`, scrub) : rename(error, error.message, scrub);
}

/** The same error (class and fields) with another message, scrubbed (the stack is rebuilt from it). */
export function rename<E extends ApiError<unknown>>(
  error: E,
  message: string,
  scrub: Scrub,
  retries = error.retries,
): E {
  const Class = error.constructor as new (message: string, details: ApiErrorDetails<unknown>) => E;
  const { status, body, method, url, path, headers, retryAfterMs } = error;
  return new Class(scrub(message), {
    status,
    body,
    method,
    url: scrub(url),
    retries,
    path,
    headers,
    retryAfterMs,
    cause: error.cause,
  });
}
