import http from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the server saw it. */
export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** Answers one request; gets the raw objects so it can misbehave (stall, drop the socket). */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

export interface ScriptedServer {
  url: string;
  requests: Recorded[];
  /** Queue handlers for the next requests, in order; when the queue is empty `fallback` answers. */
  next(...handlers: Handler[]): void;
  /** Drop the handlers still queued. */
  clear(): void;
  close(): Promise<void>;
}

/** Reply with a JSON body (or `null` body for no content). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(text);
  };
}

/** Reply with a plain text body. */
export function text(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { "content-type": "text/plain", ...headers });
    res.end(body);
  };
}

/** Destroy the socket without answering. */
export const drop: Handler = (req) => req.socket.destroy();

/** Never answer: the request stays open until the client gives up or the server closes. */
export const stall: Handler = () => undefined;

/** Answer 200 and stream `{"items":[` followed by an endless body, until the client hangs up. */
export const endless: Handler = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"items":[');
  const chunk = `${"1,".repeat(32 * 1024)}`;
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {
      // keep writing while the socket accepts
    }
    if (!res.destroyed) res.once("drain", pump);
  };
  pump();
};

/** Resolve once `condition()` holds, polling on the event loop (setImmediate, which fake timers leave alone). */
export async function until(condition: () => boolean, what = "condition"): Promise<void> {
  for (let turns = 0; !condition(); turns++) {
    if (turns > 2_000_000) throw new Error(`until: ${what} never held`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Echo what was received. */
export const echo: Handler = (req, res, body) =>
  json(200, { method: req.method, url: req.url, body, authorization: req.headers.authorization ?? null })(
    req,
    res,
    body,
  );

/** Start a local HTTP server on a free port that answers from a script of handlers. */
export async function startServer(fallback: Handler = echo): Promise<ScriptedServer> {
  const queue: Handler[] = [];
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body,
        at: performance.now(),
      });
      (queue.shift() ?? fallback)(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    next: (...handlers) => queue.push(...handlers),
    clear: () => void queue.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
