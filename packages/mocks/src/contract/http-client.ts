import { Agent, request } from "node:http";
import { essence, isJsonMediaType } from "../spec/media-type.js";

/** A response read whole. */
export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed body for JSON media types (problem+json included); undefined otherwise or when unparsable. */
  json: unknown;
  mediaType: string | undefined;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  timeoutMs?: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

/** Sends one request over a keep-alive agent; rejects on a dropped connection or a timeout (both are defects). */
export function send(input: HttpRequest): Promise<HttpResult> {
  return new Promise((done, fail) => {
    // Always frame the body: Node does not chunk GET/DELETE bodies, so without a length they would leak into the next request.
    const headers =
      input.body === undefined
        ? input.headers
        : { ...input.headers, "content-length": String(Buffer.byteLength(input.body)) };
    const req = request(input.url, { method: input.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", fail);
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const mediaType = essence(res.headers["content-type"]);
        let json: unknown;
        if (mediaType !== undefined && isJsonMediaType(mediaType)) {
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
        }
        done({ status: res.statusCode ?? 0, headers: res.headers, text, json, mediaType });
      });
    });
    req.setTimeout(input.timeoutMs ?? 10_000, () =>
      req.destroy(new Error(`${input.method} ${input.url}: no answer within ${input.timeoutMs ?? 10_000} ms`)),
    );
    req.on("error", fail);
    req.end(input.body);
  });
}

/** Runs `task` over `items` with at most `limit` in flight, keeping results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  });
  await Promise.all(workers);
  return results;
}
