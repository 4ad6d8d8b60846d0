import type { IncomingMessage } from "node:http";

/** Default request body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** An oversized body is read and discarded up to this many bytes so the client sees the answer, not a reset. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

/** Reads the body up to `limit` bytes; undefined (after draining the rest) when it is larger. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > limit;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (over || size > limit) {
        over = true;
        chunks.length = 0;
        if (size > MAX_DRAIN_BYTES) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => done(over ? undefined : Buffer.concat(chunks)));
    req.on("error", fail);
    req.on("close", () => {
      if (!req.complete) fail(new Error("client closed the connection mid-body"));
    });
  });
}
