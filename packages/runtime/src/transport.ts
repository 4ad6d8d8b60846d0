/** One attempt as the transport sees it: a replayable body and our own per-attempt signal. */
export interface TransportRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  signal: AbortSignal;
  /** Hand the body over as a stream instead of buffering it (openapi-fetch `parseAs: "stream"`). */
  stream: boolean;
}

/** Sends one attempt and resolves to a real `Response` whose body is fully read (unless `stream`). */
export type Transport = (request: TransportRequest) => Promise<Response>;

/** A transport over any fetch: the body is read inside the attempt so the timeout covers it. */
export function fetchTransport(fetch: typeof globalThis.fetch): Transport {
  return async ({ method, url, headers, body, signal, stream }) => {
    const response = await fetch(url, { method, headers, body: body as BodyInit | undefined, signal, redirect: "follow" });
    if (stream || response.body === null) return response;
    const bytes = await response.arrayBuffer();
    return new Response(bytes.byteLength === 0 && noBodyStatus(response.status) ? null : bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** Statuses that cannot carry a body in a `Response`. */
export function noBodyStatus(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

/** The default transport. */
export const defaultTransport: Transport = fetchTransport((input, init) => globalThis.fetch(input, init));

/** A fetch-compatible function over the default transport (used for token requests). */
export const defaultFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);
