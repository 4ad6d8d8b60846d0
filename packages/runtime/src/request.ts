/**
 * A lightweight stand-in for `Request` that openapi-fetch builds for each call when no middleware needs a real one:
 * it keeps the serialized body as is, so it can be replayed, and skips the cost of `new Request`.
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: unknown;
  readonly signal: AbortSignal | null;
  readonly init: Record<string, unknown>;

  constructor(url: string, init: RequestInit & Record<string, unknown>) {
    this.url = url;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? undefined;
    this.signal = init.signal ?? null;
    this.init = init;
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

/** Buffer a request body once so every attempt can resend it. */
export async function replayableBody(request: Request | LightRequest): Promise<ReplayableBody> {
  if (!(request instanceof LightRequest)) {
    return request.body === null ? { body: undefined } : { body: new Uint8Array(await request.arrayBuffer()) };
  }
  const body = request.body;
  if (body === undefined || body === null || typeof body === "string" || body instanceof Uint8Array) return { body: body ?? undefined };
  if (body instanceof URLSearchParams) return { body: body.toString(), contentType: "application/x-www-form-urlencoded;charset=UTF-8" };
  if (body instanceof ArrayBuffer) return { body: new Uint8Array(body) };
  if (ArrayBuffer.isView(body)) return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  // FormData, Blob, ReadableStream: let Response encode it (multipart boundary, blob type), once.
  const encoded = new Response(body as BodyInit);
  const contentType = encoded.headers.get("content-type") ?? undefined;
  return { body: new Uint8Array(await encoded.arrayBuffer()), ...(contentType ? { contentType } : {}) };
}
