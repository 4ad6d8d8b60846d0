import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";

/** One attempt as the transport sees it: a replayable body and our own per-attempt signal. */
export interface TransportRequest {
  method: string;
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  signal: AbortSignal;
  /** Cheaper than listening to `signal` (which is then never built): called with the reason when the attempt is cancelled. */
  onAbort?(listener: (reason: unknown) => void): void;
  /** Hand the body over as a stream instead of buffering it (openapi-fetch `parseAs: "stream"`). */
  stream: boolean;
}

/** Sends one attempt and resolves to a real `Response` whose body is fully read (unless `stream`). */
export type Transport = (request: TransportRequest) => Promise<Response>;

const MAX_REDIRECTS = 5;
// Keep-alive pools. The idle `timeout` (only idle sockets are closed by it) also makes Node honour a server's
// `Keep-Alive: timeout=N` hint, closing 1 s before the server would: fewer resets on reused sockets.
const pool = { keepAlive: true, timeout: 15_000 };
const agents: Record<string, http.Agent> = { "http:": new http.Agent(pool), "https:": new https.Agent(pool) };

/** Statuses that cannot carry a body in a `Response`. */
const noBody = (status: number, method: string) => status === 204 || status === 205 || status === 304 || method === "HEAD";

/** A transport over any fetch; the body is read inside the attempt so that the timeout covers it. */
export function fetchTransport(fetch: typeof globalThis.fetch): Transport {
  return async ({ method, url, headers, body, signal, stream }) => {
    const response = await fetch(url, { method, headers, body: body as BodyInit | undefined, signal });
    if (stream || response.body === null) return response;
    const bytes = await response.arrayBuffer();
    const { status, statusText } = response;
    return new Response(noBody(status, method) ? null : bytes, { status, statusText, headers: response.headers });
  };
}

/** One exchange over node:http(s), resolving once the whole body is read (or at the headers when streaming). */
function exchange(request: TransportRequest, target: URL): Promise<Response> {
  const { method, body, stream } = request;
  let { headers } = request;
  return new Promise((resolve, reject) => {
    const agent = agents[target.protocol];
    if (!agent) return reject(new TypeError(`unsupported protocol ${target.protocol}`));
    if (body !== undefined) headers = { ...headers, "content-length": String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength) };
    let cancelled: unknown;
    const fail = (error: unknown) => reject(cancelled ?? error);
    const req = (agent === agents["https:"] ? https : http).request(target, { method, headers, agent });
    const cancel = (reason: unknown) => {
      cancelled = reason ?? new Error("aborted");
      req.destroy(cancelled instanceof Error ? cancelled : undefined);
    };
    if (request.onAbort) request.onAbort(cancel);
    else if (request.signal.aborted) cancel(request.signal.reason);
    else request.signal.addEventListener("abort", () => cancel(request.signal.reason), { once: true });
    req.on("error", fail);
    req.on("response", (res) => {
      const status = res.statusCode as number;
      const raw = res.rawHeaders;
      /** A `Response` refuses some answers Node accepts (status 600, odd header bytes): fail the attempt, not the process. */
      const respond = (body: BodyInit | null) => {
        try {
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
      res.on("error", fail);
      res.on("end", () => respond(Buffer.concat(chunks) as Uint8Array<ArrayBuffer>));
    });
    req.end(body);
  });
}

/** The default transport: node:http(s) with keep-alive; follows up to 5 redirects like fetch does. */
export const defaultTransport: Transport = async (request) => {
  for (let redirects = 0; ; redirects++) {
    const target = new URL(request.url);
    const response = await exchange(request, target);
    const location = response.headers.get("location");
    if (!location || redirects === MAX_REDIRECTS || ![301, 302, 303, 307, 308].includes(response.status)) return response;
    const next = new URL(location, target);
    const headers = { ...request.headers };
    // Credentials stay with the origin they were meant for.
    if (next.origin !== target.origin) delete headers.authorization;
    // 303, and 301/302 after a POST, continue as a body-less GET (as fetch does).
    const toGet = response.status === 303 ? request.method !== "HEAD" : response.status < 303 && request.method === "POST";
    if (toGet) delete headers["content-type"];
    request = { ...request, url: next.href, headers, ...(toGet ? { method: "GET", body: undefined } : {}) };
  }
};
