// Response bodies read under a byte cap: counted while streaming, never buffered first, so an endless or huge body
// ends the attempt instead of the process.

/** Default `maxResponseBytes`: 50 MB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024;

/** Thrown by the readers below when a body exceeds the cap (the sender turns it into a ResponseTooLargeError). */
export class BodyTooLarge {
  constructor(readonly maxBytes: number) {}
}

/** True when the body is identity-encoded with a declared length within `maxBytes`: fetch reads exactly that much. */
export function declaredWithin(headers: Headers, maxBytes: number): boolean {
  const declared = Number(headers.get("content-length") ?? Number.NaN);
  return declared <= maxBytes && !headers.has("content-encoding");
}

/** The whole body as bytes, or a {@link BodyTooLarge} as soon as more than `maxBytes` arrived. */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const { body, headers } = response;
  if (!body) return new Uint8Array(0);
  const declared = Number(headers.get("content-length") ?? Number.NaN);
  // Content-Length counts the encoded bytes: trusted as a bound only for an identity-encoded body.
  if (!headers.has("content-encoding") && declared >= 0) {
    if (declared > maxBytes) {
      await body.cancel().catch(() => undefined);
      throw new BodyTooLarge(maxBytes);
    }
    return new Uint8Array(await response.arrayBuffer());
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as a stream that errors with `tooLarge()` once more than `maxBytes` went through (`parseAs: "stream"`). */
export function capStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  tooLarge: () => unknown,
): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}
