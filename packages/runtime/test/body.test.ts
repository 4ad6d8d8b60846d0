// Response bodies: capped by maxResponseBytes while streaming, and a body that is not the JSON the operation
// documents is a typed error with status and URL, in both styles.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectionError, createApiClient, InvalidResponseError, ResponseTooLargeError } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { endless, json, type ScriptedServer, startServer } from "./helpers/server.js";

let server: ScriptedServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const MB = 1024 * 1024;

describe("maxResponseBytes", () => {
  it("ends an endless body with a ResponseTooLargeError, in both styles, without retrying", async () => {
    server.next(endless, endless);
    const c = createApiClient<paths>({ baseUrl: server.url, maxResponseBytes: MB });
    for (const call of [() => c.GET("/slow"), () => c.throwing.GET("/slow")]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect(error).toMatchObject({ status: 200, method: "GET", url: `${server.url}/slow`, retries: 0 });
      expect((error as Error).message).toBe(`GET ${server.url}/slow → body larger than maxResponseBytes (${MB})`);
    }
    expect(server.requests).toHaveLength(2);
  });

  it("refuses a declared Content-Length above the cap before reading it", async () => {
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(10 * MB) });
      res.write("[");
    });
    const c = createApiClient<paths>({ baseUrl: server.url });
    const error = await c.GET("/slow", { maxResponseBytes: MB }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });

  it("caps a streamed body too (parseAs: stream)", async () => {
    server.next(endless);
    const c = createApiClient<paths>({ baseUrl: server.url, maxResponseBytes: MB });
    const { data } = await c.GET("/slow", { parseAs: "stream" });
    const error = await new Response(data as ReadableStream).arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, url: `${server.url}/slow` });
  });

  it("accepts a body right at the cap", async () => {
    const body = JSON.stringify("x".repeat(1000 - 2));
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(body);
    });
    const c = createApiClient<paths>({ baseUrl: server.url, maxResponseBytes: 1000 });
    expect((await c.GET("/slow")).data).toHaveLength(998);
  });
});

describe("a 2xx body that is not the documented JSON", () => {
  const html = (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<html><body>maintenance</body></html>");
  };
  const truncated = (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"id":"a","na');
  };

  it.each([
    ["HTML", html],
    ["truncated JSON", truncated],
  ])("%s is an InvalidResponseError with status and URL, in both styles", async (_name, handler) => {
    server.next(handler, handler);
    const c = createApiClient<paths>({ baseUrl: server.url });
    for (const call of [
      () => c.GET("/items/{item_id}", { params: { path: { item_id: "a" } } }),
      () => c.throwing.GET("/items/{item_id}", { params: { path: { item_id: "a" } } }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error).toMatchObject({
        status: 200,
        method: "GET",
        url: `${server.url}/items/a`,
        path: "/items/{item_id}",
      });
      expect((error as Error).message).toMatch(
        new RegExp(`^GET ${server.url}/items/a → 200 with a body that is not valid JSON: `),
      );
    }
  });

  it("a body of declared length cut off mid-way is a ConnectionError that keeps the status, in both styles", async () => {
    const cut = (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      res.write('{"id":');
      setImmediate(() => res.destroy());
    };
    server.next(cut, cut);
    const c = createApiClient<paths>({ baseUrl: server.url, retry: { baseDelayMs: 1 } });
    for (const call of [() => c.GET("/slow"), () => c.throwing.GET("/slow")]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toMatchObject({ status: 200, url: `${server.url}/slow` });
      expect((error as Error).message).toMatch(/→ 200 with a body cut off/);
    }
  });

  it("a chunked body cut off mid-way is read inside the attempt, so a GET is retried", async () => {
    const cut = (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"id":');
      setImmediate(() => res.destroy());
    };
    server.next(cut, json(200, { id: "a", name: "n" }));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: { baseDelayMs: 1 } });
    expect((await c.GET("/slow")).data).toEqual({ id: "a", name: "n" });
    expect(server.requests).toHaveLength(2);
  });
});
