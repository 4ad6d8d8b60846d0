import type { IncomingMessage, ServerResponse } from "node:http";

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
/** Headers a page may read from a mock's answers (the sandbox's report among them). */
const EXPOSED = "www-authenticate, x-sandbox-violations, content-length, content-type";

/** True when `origin` is a page on this machine (any port): the only pages a loopback mock serves. */
export function isLoopbackOrigin(origin: string | undefined): origin is string {
  if (origin === undefined) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK_HOST.test(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Adds CORS headers for a loopback page (credentials allowed, so `Authorization` and cookies pass);
 * answers a preflight itself. True when the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!isLoopbackOrigin(origin)) return false;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("access-control-allow-credentials", "true");
  res.setHeader("access-control-expose-headers", EXPOSED);
  res.setHeader("vary", "Origin");
  const method = req.headers["access-control-request-method"];
  if (req.method !== "OPTIONS" || method === undefined) return false;
  res.setHeader("access-control-allow-methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
  res.setHeader(
    "access-control-allow-headers",
    req.headers["access-control-request-headers"] ?? "authorization, content-type, accept, prefer",
  );
  res.setHeader("access-control-max-age", "600");
  res.writeHead(204, { "content-length": "0" });
  res.end();
  return true;
}
