/** A request as built for the sender when no middleware needs a real `Request`: the serialized body kept as is, so it can be replayed. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | null;
}

/** A body that can be sent again on each attempt, and the content type it implies when it sets one. */
export interface ReplayableBody {
  body: string | Uint8Array | undefined;
  contentType?: string | null;
}

/** Buffer a request body once so every attempt can resend it; `Response` encodes the other body types (form, blob, stream). */
export async function replayableBody(request: OutgoingRequest | Request): Promise<ReplayableBody> {
  const body = request.body;
  if (body == null) return { body: undefined };
  if (typeof body === "string" || body instanceof Uint8Array) return { body };
  const encoded = request instanceof Request ? request : new Response(body as BodyInit);
  return { body: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get("content-type") };
}

/** A body as JSON when it parses, else as text (openapi-fetch's reading of an error body). */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
