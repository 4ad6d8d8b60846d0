import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AbortError, createApiClient, TimeoutError } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { json, type ScriptedServer, slow, startServer } from "./helpers/server.js";

let server: ScriptedServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const fast = { baseDelayMs: 5, maxDelayMs: 20 };

describe("timeouts", () => {
  it("a slow answer ends in a TimeoutError, after the retries", async () => {
    server.next(slow(2000), slow(2000), slow(2000));
    // 300 ms: long enough for the server to see each attempt on a loaded machine, far below its 2 s.
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 300, retry: fast });
    const started = performance.now();
    const error = await c.GET("/slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ status: 0, retries: 2, method: "GET", url: `${server.url}/slow` });
    expect((error as Error).message).toBe(`GET ${server.url}/slow → no response within 300 ms after 2 retries`);
    expect(server.requests).toHaveLength(3);
    // Far below the 3 × 2 s the server would take: each attempt was cut at 300 ms.
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("the timeout also covers a body that stalls after the headers", async () => {
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: false });
    await expect(c.GET("/slow")).rejects.toBeInstanceOf(TimeoutError);
  });

  it("a timeout is per attempt: a slow first attempt, then a fast one succeeds", async () => {
    server.next(slow(2000), json(200, { ok: true }));
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: fast });
    const { data } = await c.GET("/slow");
    expect(data).toEqual({ ok: true });
  });

  it("timeoutMs per request overrides the client's", async () => {
    server.next(slow(300, json(200, { ok: true })));
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 50, retry: false });
    const { data } = await c.GET("/slow", { timeoutMs: 2000 });
    expect(data).toEqual({ ok: true });
  });

  it("does not retry a timed-out POST without opt-in (it may have run)", async () => {
    server.next(slow(2000));
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: fast });
    await expect(c.POST("/seance", { body: { company_id: "c1", hours: 1 } })).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("one request's timeout leaves the next requests alone", async () => {
    server.next(slow(2000));
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: false });
    await expect(c.GET("/slow")).rejects.toBeInstanceOf(TimeoutError);
    const { data } = await c.GET("/slow");
    expect(data).toMatchObject({ method: "GET" });
  });
});

describe("the caller's AbortSignal", () => {
  it("aborting rejects with AbortError and is never retried", async () => {
    server.next(slow(2000), json(200, { ok: true }));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: fast });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await c.GET("/slow", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ status: 0, retries: 0, method: "GET" });
    expect((error as Error).message).toBe(`GET ${server.url}/slow aborted by the caller`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    await expect(c.GET("/slow", { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("aborting during the backoff wait stops the retries", async () => {
    server.next(json(503, {}), json(200, { ok: true }));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: { baseDelayMs: 5000 } });
    const controller = new AbortController();
    const pending = c.GET("/slow", { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("aborting one request does not abort the others on the same client", async () => {
    server.next(slow(2000), slow(200, json(200, { other: true })));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: false });
    const controller = new AbortController();
    const aborted = c.GET("/slow", { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const other = c.GET("/slow");
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect((await other).data).toEqual({ other: true });
    // And the client keeps working for new requests.
    expect((await c.GET("/slow")).response.status).toBe(200);
  });

  it("our timeout is not the caller's signal: the caller's signal stays unaborted", async () => {
    server.next(slow(2000));
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 50, retry: false });
    const controller = new AbortController();
    await expect(c.GET("/slow", { signal: controller.signal })).rejects.toBeInstanceOf(TimeoutError);
    expect(controller.signal.aborted).toBe(false);
  });
});
