import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiError, createApiClient, staticBearer } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { json, type ScriptedServer, startServer } from "./helpers/server.js";

let server: ScriptedServer;
let other: ScriptedServer;
beforeEach(async () => {
  server = await startServer();
  other = await startServer();
});
afterEach(async () => {
  await server.close();
  await other.close();
});

const fast = { baseDelayMs: 5 };
const redirect = (status: number, location: string) => json(status, {}, { location });

describe("default transport (the platform fetch)", () => {
  it("sends query, path, headers and JSON bodies as openapi-fetch builds them", async () => {
    const c = createApiClient<paths>({ baseUrl: `${server.url}/v2`, headers: { "x-tenant": "t1" } });
    const { data } = await c.PUT("/items/{item_id}", {
      params: { path: { item_id: "a b/c" } },
      body: { id: "a", name: "é" },
    });
    expect(data).toMatchObject({ method: "PUT", url: "/v2/items/a%20b%2Fc", body: '{"id":"a","name":"é"}' });
    expect(server.requests[0]!.headers["x-tenant"]).toBe("t1");
    expect(server.requests[0]!.headers["content-length"]).toBe(String(Buffer.byteLength('{"id":"a","name":"é"}')));
  });

  it("decodes a gzip body (accept-encoding is the platform's)", async () => {
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(gzipSync(JSON.stringify({ zipped: true })));
    });
    const c = createApiClient<paths>({ baseUrl: server.url });
    const { data } = await c.GET("/slow");
    expect(data).toEqual({ zipped: true });
    expect(server.requests[0]!.headers["accept-encoding"]).toContain("gzip");
  });

  it("follows redirects, turning a POST into a GET on 303", async () => {
    server.next(redirect(303, "/done"), json(200, { done: true }));
    const c = createApiClient<paths>({ baseUrl: server.url });
    const { data } = await c.POST("/seance", { body: { company_id: "c", hours: 1 } });
    expect(data).toEqual({ done: true });
    expect(server.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ["POST", "/seance", '{"company_id":"c","hours":1}'],
      ["GET", "/done", ""],
    ]);
  });

  it("keeps method and body on 307/308", async () => {
    server.next(redirect(307, "/again"));
    const c = createApiClient<paths>({ baseUrl: server.url });
    await c.POST("/seance", { body: { company_id: "c", hours: 1 } });
    expect(server.requests.map((r) => [r.method, r.body])).toEqual(
      Array(2).fill(["POST", '{"company_id":"c","hours":1}']),
    );
  });

  it("drops the Authorization header on a redirect to another origin", async () => {
    server.next(redirect(302, `${other.url}/elsewhere`));
    const c = createApiClient<paths>({ baseUrl: server.url, auth: staticBearer("tok") });
    await c.GET("/slow");
    expect(server.requests[0]!.headers.authorization).toBe("Bearer tok");
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("handles 204, HEAD and text bodies", async () => {
    server.next((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const c = createApiClient<paths>({ baseUrl: server.url });
    const empty = await c.GET("/slow");
    expect(empty.response.status).toBe(204);
    expect(empty.data).toBeUndefined();
    const text = await c.GET("/slow", { parseAs: "text" });
    expect(JSON.parse(text.data as string)).toMatchObject({ method: "GET" });
  });

  it("streams the body when asked (parseAs: stream)", async () => {
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("chunk-1,");
      setTimeout(() => res.end("chunk-2"), 20);
    });
    const c = createApiClient<paths>({ baseUrl: server.url });
    const { data } = await c.GET("/slow", { parseAs: "stream" });
    expect(await new Response(data as ReadableStream).text()).toBe("chunk-1,chunk-2");
  });

  it("sends a FormData body with its multipart boundary, replayed on retry", async () => {
    server.next(json(503, {}));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: { ...fast, retryNonIdempotent: true } });
    const form = new FormData();
    form.set("file", new Blob(["a,b\n1,2\n"], { type: "text/csv" }), "trainees.csv");
    await c.POST("/seance", { body: form as never });
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect(first!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(second!.body).toBe(first!.body);
    expect(first!.body).toContain("a,b\n1,2\n");
  });
});

describe("transport overrides", () => {
  it("a client-level fetch is used, still with retries, auth and timeouts", async () => {
    server.next(json(503, {}));
    const calls: string[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      calls.push(`${init?.method} ${String(input)}`);
      return globalThis.fetch(input, init);
    };
    const c = createApiClient<paths>({ baseUrl: server.url, fetch, auth: staticBearer("tok"), retry: fast });
    const { data } = await c.GET("/slow");
    expect(data).toMatchObject({ authorization: "Bearer tok" });
    expect(calls).toEqual([`GET ${server.url}/slow`, `GET ${server.url}/slow`]);
  });

  it("a per-request fetch replaces the transport for that request only", async () => {
    const calls: string[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      calls.push(String(input));
      return globalThis.fetch(input, init);
    };
    const c = createApiClient<paths>({ baseUrl: server.url });
    await c.GET("/slow", { fetch });
    await c.GET("/slow");
    expect(calls).toEqual([`${server.url}/slow`]);
    expect(server.requests).toHaveLength(2);
  });

  it("openapi-fetch middleware still runs (once per call, outside the retries)", async () => {
    server.next(json(503, {}));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: fast });
    let seen = 0;
    const middleware = {
      onRequest({ request }: { request: Request }) {
        seen++;
        request.headers.set("x-trace", "t-1");
        return request;
      },
    };
    c.use(middleware);
    const { response } = await c.GET("/slow", { timeoutMs: 5000 });
    expect(response.status).toBe(200);
    expect(seen).toBe(1);
    expect(server.requests.map((r) => r.headers["x-trace"])).toEqual(["t-1", "t-1"]);
    c.eject(middleware);
    await c.GET("/slow");
    expect(seen).toBe(1);
  });
});

describe("answers outside HTTP's status range", () => {
  it("a status outside 200-599 is a typed error in the throwing style, never a crash", async () => {
    const raw = await import("node:net").then(({ createServer }) => {
      const s = createServer((socket) =>
        socket.once("data", () => socket.end("HTTP/1.1 600 Odd\r\ncontent-length: 0\r\n\r\n")),
      );
      return new Promise<import("node:net").Server>((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
    });
    const port = (raw.address() as import("node:net").AddressInfo).port;
    const c = createApiClient<paths>({ baseUrl: `http://127.0.0.1:${port}`, retry: false });
    const { response } = await c.GET("/slow");
    expect(response.ok).toBe(false);
    const error = await c.throwing.GET("/slow").catch((e: unknown) => e);
    raw.close();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as Error).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/slow → 600/);
  });
});
