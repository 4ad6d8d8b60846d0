// A tiny static file server for the built site (node:http only): GET and HEAD, index.html for
// directories, gzip when the client accepts it, long caching for content-hashed assets.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".css", ".js", ".json", ".svg", ".txt", ".ts"]);
const HASHED_ASSET = /\.[0-9a-f]{10}\.[a-z]+$/;

export interface StaticServerOptions {
  /** The directory served as `/`. */
  root: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** A static file server over `root` (not listening yet). */
export function createStaticServer({ root }: StaticServerOptions): Server {
  const base = resolve(root);
  const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();

  return createServer((request, response) => {
    handle(base, gzipCache, request, response).catch((error: Error) => {
      if (!response.headersSent) send(response, 500, `internal error: ${error.message}\n`);
      else response.destroy(error);
    });
  });
}

/** Starts a static server on `host:port` (port 0 picks a free one) and says where it listens. */
export async function serveStatic(root: string, { host = "127.0.0.1", port = 0 } = {}): Promise<RunningServer> {
  const server = createStaticServer({ root });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

async function handle(
  base: string,
  gzipCache: Map<string, { mtimeMs: number; body: Buffer }>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    return send(response, 405, `method ${request.method}: expected GET or HEAD\n`);
  }
  const url = new URL(request.url ?? "/", "http://localhost");
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(response, 400, `path ${url.pathname}: expected valid percent-encoding\n`);
  }
  if (pathname.includes("\0")) return send(response, 400, "path: expected no NUL byte\n");
  const target = normalize(join(base, pathname));
  if (target !== base && !target.startsWith(base + sep)) return send(response, 404, "not found\n");

  let file = target;
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    // Relative links on a page need its URL to end in "/".
    if (!url.pathname.endsWith("/")) {
      response.setHeader("Location", `${url.pathname}/${url.search}`);
      return send(response, 301, "moved\n");
    }
    file = join(file, "index.html");
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return send(response, 404, `not found: ${pathname}\n`);

  const extension = extname(file).toLowerCase();
  response.setHeader("Content-Type", CONTENT_TYPES[extension] ?? "application/octet-stream");
  response.setHeader("Cache-Control", HASHED_ASSET.test(file) ? "public, max-age=31536000, immutable" : "no-cache");
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Vary", "Accept-Encoding");
  // A weak validator from size and mtime: a repeat visit revalidates the HTML with a 304.
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  response.setHeader("ETag", etag);
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304);
    return void response.end();
  }

  const acceptsGzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  if (acceptsGzip && COMPRESSIBLE.has(extension)) {
    let cached = gzipCache.get(file);
    if (!cached || cached.mtimeMs !== info.mtimeMs) {
      cached = { mtimeMs: info.mtimeMs, body: await gzipAsync(await readFile(file)) };
      gzipCache.set(file, cached);
    }
    response.setHeader("Content-Encoding", "gzip");
    response.setHeader("Content-Length", cached.body.length);
    response.writeHead(200);
    response.end(request.method === "HEAD" ? undefined : cached.body);
    return;
  }
  response.setHeader("Content-Length", info.size);
  response.writeHead(200);
  if (request.method === "HEAD") return void response.end();
  createReadStream(file).pipe(response);
}

function send(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
  });
  response.end(body);
}
