// A tiny Seyna-like list server on a free loopback port: real cursor chains that Prism cannot serve
// (its dynamic data has no coherent `next`). Each request is recorded for assertions.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
}

/** How the server answers one list path: the items, and optionally a broken cursor chain. */
export interface ListRoute {
  items: unknown[];
  /** Overrides the `next` the server answers for a page (by 1-based page number); `null` = none. */
  nextOverride?: (page: number, computed: string | undefined) => string | undefined | null;
}

export interface ListServer {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Encodes an offset as an opaque cursor, as a real API would. */
export const cursorFor = (offset: number): string => Buffer.from(`offset:${offset}`).toString("base64url");
const offsetOf = (cursor: string): number =>
  Number(Buffer.from(cursor, "base64url").toString().slice("offset:".length));

/** Serves `routes` (path below `/v2` → list) with Seyna's `from` / `limit` / `sort` semantics. */
export async function startListServer(routes: Record<string, ListRoute>): Promise<ListServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const query = Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? "", path: url.pathname, query, authorization: req.headers.authorization });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const route = url.pathname.startsWith("/v2") ? routes[url.pathname.slice(3)] : undefined;
    if (!route)
      return send(404, { object: "error", status: 404, type: "not_found", msg: `no list at ${url.pathname}` });
    const limit = query.limit === undefined ? 10 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return send(400, {
        object: "error",
        status: 400,
        type: "invalid_request",
        msg: `limit must be an integer between 1 and 100, got ${query.limit}`,
      });
    }
    const sorted = query.sort === "desc" ? [...route.items].reverse() : route.items;
    const offset = query.from === undefined ? 0 : offsetOf(query.from);
    const page = Math.floor(offset / limit) + 1;
    const data = sorted.slice(offset, offset + limit);
    const computed = offset + limit < sorted.length ? cursorFor(offset + limit) : undefined;
    const next = route.nextOverride ? route.nextOverride(page, computed) : computed;
    send(200, { object: "list", url: url.pathname + url.search, data, ...(next == null ? {} : { next }) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v2`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
