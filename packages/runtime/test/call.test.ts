// The call core builds requests and reads answers as openapi-fetch's client does; these pin the behaviours users rely on.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectionError, createApiClient } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { type ScriptedServer, startServer, text } from "./helpers/server.js";

let server: ScriptedServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const fast = { baseDelayMs: 5 };

describe("requests as openapi-fetch builds them", () => {
  it("serializes array and object query parameters, with client and per-request serializer options", async () => {
    const c = createApiClient<paths>({
      baseUrl: server.url,
      querySerializer: { array: { style: "form", explode: false } },
    });
    const query = { expand: ["a", "b"] } as never;
    await c.GET("/items/{item_id}", { params: { path: { item_id: "x" }, query } });
    await c.GET("/items/{item_id}", {
      params: { path: { item_id: "x" }, query },
      querySerializer: { array: { style: "pipeDelimited", explode: false } },
    });
    await c.GET("/items/{item_id}", { params: { path: { item_id: "x" }, query }, querySerializer: () => "custom=1" });
    expect(server.requests.map((r) => r.url)).toEqual([
      "/items/x?expand=a,b",
      "/items/x?expand=a|b",
      "/items/x?custom=1",
    ]);
  });

  it("merges client headers, per-request headers and header parameters; null removes one", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url, headers: { "x-a": "client", "x-b": "client" } });
    await c.GET("/slow", { headers: { "x-b": "request", "x-a": null } as never });
    expect(server.requests[0]!.headers["x-a"]).toBeUndefined();
    expect(server.requests[0]!.headers["x-b"]).toBe("request");
  });

  it("sets Content-Type: application/json only when there is a JSON body", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    await c.GET("/slow");
    await c.POST("/seance", { body: { company_id: "c", hours: 1 } });
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual([undefined, "application/json"]);
  });

  it("takes a per-request baseUrl and a client bodySerializer", async () => {
    const other = await startServer();
    const c = createApiClient<paths>({
      baseUrl: "http://127.0.0.1:9",
      bodySerializer: (body) => `serialized:${JSON.stringify(body)}`,
    });
    await c.POST("/seance", { baseUrl: `${other.url}/v2/`, body: { company_id: "c", hours: 1 } });
    await other.close();
    expect(other.requests.map((r) => [r.url, r.body])).toEqual([
      ["/v2/seance", 'serialized:{"company_id":"c","hours":1}'],
    ]);
  });
});

describe("answers as openapi-fetch reads them", () => {
  it("an empty 200 (content-length: 0) is data: undefined; an empty error is error: undefined", async () => {
    server.next(
      (_req, res) => {
        res.writeHead(200, { "content-length": "0" });
        res.end();
      },
      (_req, res) => {
        res.writeHead(404, { "content-length": "0" });
        res.end();
      },
    );
    const c = createApiClient<paths>({ baseUrl: server.url, retry: false });
    expect((await c.GET("/slow")).data).toBeUndefined();
    const missing = await c.GET("/slow");
    expect([missing.response.status, missing.error]).toEqual([404, undefined]);
  });

  it("an error body that is not JSON is given as text", async () => {
    server.next(text(400, "bad input: hours"));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: false });
    const { error, response } = await c.GET("/slow");
    expect([response.status, error]).toEqual([400, "bad input: hours"]);
  });

  it("parseAs arrayBuffer and blob give the raw body", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    const buffer = await c.throwing.GET("/slow", { parseAs: "arrayBuffer" });
    const blob = await c.throwing.GET("/slow", { parseAs: "blob" });
    expect(JSON.parse(new TextDecoder().decode(buffer))).toMatchObject({ method: "GET" });
    expect(JSON.parse(await blob.text())).toMatchObject({ method: "GET" });
  });
});

describe("middleware (openapi-fetch's contract)", () => {
  it("onRequest may answer in place of the server (the onResponse hooks are then skipped, as in openapi-fetch)", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    let onResponse = 0;
    c.use({
      onRequest: ({ schemaPath }) => (schemaPath === "/slow" ? Response.json({ cached: true }) : undefined),
      onResponse: () => void onResponse++,
    });
    expect((await c.GET("/slow")).data).toEqual({ cached: true });
    expect([server.requests.length, onResponse]).toEqual([0, 0]);
  });

  it("onResponse may replace the answer, last registered first", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    const order: string[] = [];
    c.use({ onResponse: () => void order.push("first") });
    c.use({
      onResponse({ response }) {
        order.push("second");
        return response.status === 200 ? Response.json({ replaced: true }) : undefined;
      },
    });
    expect((await c.GET("/slow")).data).toEqual({ replaced: true });
    expect(order).toEqual(["second", "first"]);
  });

  it("onRequest sees the params, an id shared with onResponse, and may replace the request", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    const ids: string[] = [];
    c.use({
      onRequest({ request, params, id }) {
        ids.push(id);
        expect(params).toEqual({ path: { item_id: "a" } });
        return new Request(`${request.url}?via=middleware`, request);
      },
      onResponse({ id }) {
        ids.push(id);
      },
    });
    await c.GET("/items/{item_id}", { params: { path: { item_id: "a" } } });
    expect(server.requests[0]!.url).toBe("/items/a?via=middleware");
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it("onError sees our typed error after the retries, and may recover with a Response", async () => {
    server.next(
      (req) => req.socket.destroy(),
      (req) => req.socket.destroy(),
    );
    const c = createApiClient<paths>({ baseUrl: server.url, retry: { ...fast, maxRetries: 1 } });
    const seen: unknown[] = [];
    c.use({
      onError({ error }) {
        seen.push(error);
        return Response.json({ fallback: true });
      },
    });
    expect((await c.GET("/slow")).data).toEqual({ fallback: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(ConnectionError);
  });

  it("per-request middleware runs for that request only, after the client's", async () => {
    const order: string[] = [];
    const c = createApiClient<paths>({ baseUrl: server.url });
    c.use({ onRequest: () => void order.push("client") });
    await c.GET("/slow", { middleware: [{ onRequest: () => void order.push("request") }] });
    await c.GET("/slow");
    expect(order).toEqual(["client", "request", "client"]);
  });

  it("use refuses what is not middleware, with openapi-fetch's own error", () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    expect(() => c.use({} as never)).toThrow(
      "Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`",
    );
  });
});
