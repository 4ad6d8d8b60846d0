/**
 * A lightweight stand-in for `Request` that openapi-fetch builds for each call when no middleware needs a real one:
 * it keeps the serialized body as is, so it can be replayed, and skips the cost of `new Request`.
 */
export class LightRequest {
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
  readonly signal: AbortSignal | null;

  /** openapi-fetch always passes an upper-case method and a `Headers`. */
  constructor(
    readonly url: string,
    readonly init: RequestInit & Record<string, unknown>,
  ) {
    this.method = init.method as string;
    this.headers = init.headers as Headers;
    this.body = init.body;
    this.signal = init.signal ?? null;
  }
}

/** Read one extra per-request option (`retry`, `timeoutMs`, ...) from a LightRequest or a real Request. */
export function extra(request: Request | LightRequest, key: string): unknown {
  return request instanceof LightRequest ? request.init[key] : (request as unknown as Record<string, unknown>)[key];
}

/** A body that can be sent again on each attempt, and the content type it implies when it sets one. */
export interface ReplayableBody {
  body: string | Uint8Array | undefined;
  contentType?: string;
}

/** Buffer a request body once so every attempt can resend it; `Response` encodes the other body types (form, blob, stream). */
export function replayableBody(request: Request | LightRequest): ReplayableBody | Promise<ReplayableBody> {
  const body = request.body;
  // The common cases (no body, openapi-fetch's JSON string) stay synchronous.
  if (body === undefined || body === null) return { body: undefined };
  if (typeof body === "string" || body instanceof Uint8Array) return { body };
  const encoded = request instanceof LightRequest ? new Response(body as BodyInit) : request;
  const contentType = encoded.headers.get("content-type") ?? undefined;
  return encoded.arrayBuffer().then((bytes) => ({ body: new Uint8Array(bytes), contentType }));
}
