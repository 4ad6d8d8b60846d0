import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
import type { AttemptSignal } from "./timeout.js";

/** One attempt as the transport sees it: a replayable body, lower-cased header names. */
export interface TransportRequest {
  method: string;
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  /** Hand the body over as a stream instead of buffering it (openapi-fetch `parseAs: "stream"`). */
  stream: boolean;
}

/** Sends one attempt, cancelled by `attempt`, and resolves to a real `Response` whose body is fully read (unless `stream`). */
export type Transport = (request: TransportRequest, attempt: AttemptSignal) => Promise<Response>;

// Keep-alive pools. The idle `timeout` (only idle sockets are closed by it) also makes Node honour a server's
// `Keep-Alive: timeout=N` hint, closing 1 s before the server would: fewer resets on reused sockets.
const pool = { keepAlive: true, timeout: 15_000 };
const clients = { "http:": [http, new http.Agent(pool)], "https:": [https, new https.Agent(pool)] } as const;

/** Statuses that cannot carry a body in a `Response`. */
const noBody = (status: number, method: string) =>
  status === 204 || status === 205 || status === 304 || method === "HEAD";

/** A transport over any fetch; the body is read inside the attempt so that the timeout covers it. */
export function fetchTransport(fetch: typeof globalThis.fetch): Transport {
  return async ({ method, url, headers, body, stream }, attempt) => {
    const response = await fetch(url, { method, headers, body: body as BodyInit | undefined, signal: attempt.signal });
    if (stream || response.body === null) return response;
    const bytes = await response.arrayBuffer();
    const { status, statusText } = response;
    return new Response(noBody(status, method) ? null : bytes, { status, statusText, headers: response.headers });
  };
}

/**
 * The default transport (one attempt): node:http(s) with keep-alive, resolving once the whole body is read (or at the
 * headers when streaming). It follows up to `redirects` redirects, like fetch.
 */
function exchange(request: TransportRequest, attempt: AttemptSignal, redirects = 5): Promise<Response> {
  return new Promise((resolve, reject) => {
    const { method, url, body, stream } = request;
    const target = new URL(url);
    const [client, agent] = clients[target.protocol as keyof typeof clients] ?? [];
    if (!client) return reject(new TypeError(`unsupported protocol ${target.protocol}`));
    const headers =
      body === undefined ? request.headers : { ...request.headers, "content-length": String(Buffer.byteLength(body)) };
    const req = client.request(target, { method, headers, agent });
    // Destroying with an error always ends the exchange with an 'error'; the sender knows why it cancelled.
    const cancel = () => req.destroy(new Error("attempt cancelled"));
    const { signal } = attempt;
    if (signal.aborted) cancel();
    else signal.addEventListener("abort", cancel, { once: true });
    req.on("error", reject);
    req.on("response", (res) => {
      const status = res.statusCode as number;
      const location = res.headers.location;
      // Redirects as fetch follows them: 303, and 301/302 after a POST, continue as a body-less GET; the
      // Authorization header stays with the origin it was meant for.
      if (location && redirects && [301, 302, 303, 307, 308].includes(status)) {
        res.resume();
        const next = new URL(location, target);
        const headers = { ...request.headers };
        if (next.origin !== target.origin) delete headers.authorization;
        const toGet = status === 303 ? method !== "HEAD" : status < 303 && method === "POST";
        if (toGet) delete headers["content-type"];
        return resolve(
          exchange(
            { ...request, url: next.href, headers, ...(toGet && { method: "GET", body: undefined }) },
            attempt,
            redirects - 1,
          ),
        );
      }
      /** A `Response` refuses some answers Node accepts (status 600, odd header bytes): fail the attempt, not the process. */
      const respond = (body: BodyInit | null) => {
        try {
          const raw = res.rawHeaders;
          const headers = new Headers();
          for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
          resolve(new Response(body, { status, statusText: res.statusMessage, headers }));
        } catch (error) {
          res.destroy();
          reject(new Error(`unusable HTTP response (status ${status}): ${(error as Error).message}`));
        }
      };
      if (noBody(status, method)) {
        res.resume();
        return respond(null);
      }
      if (stream) return respond(Readable.toWeb(res) as ReadableStream);
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => respond(Buffer.concat(chunks) as Uint8Array<ArrayBuffer>));
    });
    req.end(body);
  });
}

export const defaultTransport: Transport = exchange;
