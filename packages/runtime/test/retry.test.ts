import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectionError, createApiClient, RateLimitedError, ServerError } from "../src/index.js";
import { backoffDelay, DEFAULT_RETRY, retryDelay, serverRetryAfterMs } from "../src/retry.js";
import type { paths } from "./helpers/paths.js";
import { drop, json, type ScriptedServer, startServer } from "./helpers/server.js";

let server: ScriptedServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const fast = { baseDelayMs: 5, maxDelayMs: 20 };
const client = (options: Parameters<typeof createApiClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createApiClient<paths>({ baseUrl: server.url, retry: fast, ...options });
const getItem = (c: ReturnType<typeof client>, init: Record<string, unknown> = {}) =>
  c.GET("/items/{item_id}", { params: { path: { item_id: "a1" } }, ...init });

describe("retries on retryable statuses", () => {
  // The planned delay comes from the onRetry hook, exactly; wall time is only checked from below (the
  // client really waited), since a loaded machine may always take longer, never shorter.
  it("waits the Retry-After seconds after a 429, then succeeds", async () => {
    server.next(json(429, { msg: "slow down" }, { "retry-after": "1" }), json(200, { id: "a1", name: "ok" }));
    const delays: number[] = [];
    // Default backoff, so only Retry-After can explain the delay.
    const c = createApiClient<paths>({ baseUrl: server.url, hooks: { onRetry: (e) => void delays.push(e.delayMs) } });
    const { data } = await getItem(c);
    expect(data).toEqual({ id: "a1", name: "ok" });
    expect(delays).toEqual([1000]);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it("honours Retry-After as an HTTP date and retry-after-ms", async () => {
    // A date a minute away, capped at 200 ms: only a parsed date gives exactly the cap (an unreadable one
    // would fall back to the 5-20 ms backoff), however long the machine takes to read the answer.
    const date = new Date(Date.now() + 60_000).toUTCString();
    server.next(
      json(503, {}, { "retry-after": date }),
      json(503, {}, { "retry-after-ms": "150" }),
      json(200, { id: "a1", name: "ok" }),
    );
    const delays: number[] = [];
    const retry = { ...fast, maxRetryAfterMs: 200 };
    const { data } = await getItem(client({ retry, hooks: { onRetry: (e) => void delays.push(e.delayMs) } }));
    expect(data).toEqual({ id: "a1", name: "ok" });
    expect(delays).toEqual([200, 150]);
    const [first, second, third] = server.requests.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(190);
    expect(third! - second!).toBeGreaterThanOrEqual(140);
  });

  it("caps a server-requested delay at maxRetryAfterMs", async () => {
    server.next(json(429, {}, { "retry-after": "3600" }), json(200, { id: "a1", name: "ok" }));
    const delays: number[] = [];
    const retry = { ...fast, maxRetryAfterMs: 50 };
    const { data } = await getItem(client({ retry, hooks: { onRetry: (e) => void delays.push(e.delayMs) } }));
    expect(data).toEqual({ id: "a1", name: "ok" });
    expect(delays).toEqual([50]);
  });

  it("gives up after 2 retries on 503 with a ServerError that says so", async () => {
    server.next(...Array.from({ length: 3 }, () => json(503, { msg: "maintenance" })));
    const error = await client()
      .throwing.GET("/items/{item_id}", { params: { path: { item_id: "a1" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, retries: 2, method: "GET", body: { msg: "maintenance" } });
    expect((error as Error).message).toBe(
      `GET ${server.url}/items/a1 → 503 Service Unavailable after 2 retries: maintenance`,
    );
    expect(server.requests).toHaveLength(3);
  });

  it.each([408, 429, 500, 502, 503, 504])("retries %i", async (status) => {
    server.next(json(status, {}), json(200, { id: "a1", name: "ok" }));
    const { data, response } = await getItem(client());
    expect(response.status).toBe(200);
    expect(data).toEqual({ id: "a1", name: "ok" });
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 422, 501])("does not retry %i", async (status) => {
    server.next(json(status, {}));
    const { response } = await getItem(client());
    expect(response.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a dropped connection, then succeeds", async () => {
    server.next(drop, json(200, { id: "a1", name: "ok" }));
    const { data } = await getItem(client());
    expect(data).toEqual({ id: "a1", name: "ok" });
    expect(server.requests).toHaveLength(2);
  });

  it("reports a ConnectionError with its retries when the connection keeps dropping", async () => {
    server.next(drop, drop, drop);
    const error = await getItem(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ status: 0, retries: 2, method: "GET" });
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/items\/a1 → connection failed \(.+\) after 2 retries$/,
    );
  });

  it("throws ConnectionError when nothing listens", async () => {
    const closed = server.url;
    await server.close();
    const error = await createApiClient<paths>({ baseUrl: closed, retry: { ...fast, maxRetries: 1 } })
      .GET("/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect((error as ConnectionError).retries).toBe(1);
    server = await startServer();
  });
});

describe("non-idempotent requests", () => {
  const execute = (c: ReturnType<typeof client>, init: Record<string, unknown> = {}) =>
    c.POST("/seance", { body: { company_id: "c1", hours: 3 }, ...init });

  it("does not retry a POST that failed with 503", async () => {
    server.next(json(503, { msg: "busy" }), json(200, { id: "s1" }));
    const { error, response } = await execute(client());
    expect(response.status).toBe(503);
    expect(error).toEqual({ msg: "busy" });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a POST whose connection dropped", async () => {
    server.next(drop, json(200, { id: "s1" }));
    await expect(execute(client())).rejects.toBeInstanceOf(ConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST when the request opts in, resending the same body", async () => {
    server.next(json(503, {}), json(503, {}), json(200, { id: "s1" }));
    const { data } = await execute(client(), { retry: { retryNonIdempotent: true } });
    expect(data).toEqual({ id: "s1" });
    expect(server.requests.map((r) => r.body)).toEqual(Array(3).fill('{"company_id":"c1","hours":3}'));
    expect(server.requests.every((r) => r.headers["content-type"] === "application/json")).toBe(true);
  });

  it("retries a POST that carries an Idempotency-Key (the server dedupes it)", async () => {
    server.next(json(503, {}), json(200, { id: "s1" }));
    const { data } = await execute(client(), { headers: { "Idempotency-Key": "seance-42" } });
    expect(data).toEqual({ id: "s1" });
    expect(server.requests.map((r) => r.headers["idempotency-key"])).toEqual(["seance-42", "seance-42"]);
  });

  it("retries a POST when the client opts in", async () => {
    server.next(json(502, {}), json(200, { id: "s1" }));
    const { data } = await execute(client({ retry: { ...fast, retryNonIdempotent: true } }));
    expect(data).toEqual({ id: "s1" });
    expect(server.requests).toHaveLength(2);
  });
});

describe("turning retries off", () => {
  it("retry: false on the client", async () => {
    server.next(json(503, {}), json(200, { id: "a1", name: "ok" }));
    const { response } = await getItem(client({ retry: false }));
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("retry: false on one request, and back to the client's policy for the next", async () => {
    server.next(json(503, {}), json(503, {}), json(200, { id: "a1", name: "ok" }));
    const c = client();
    expect((await getItem(c, { retry: false })).response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expect((await getItem(c)).response.status).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it("maxRetries per request overrides the client's", async () => {
    server.next(...Array.from({ length: 6 }, () => json(500, {})));
    const error = await client()
      .throwing.GET("/items/{item_id}", { params: { path: { item_id: "a1" } }, retry: { maxRetries: 4 } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, retries: 4 });
    expect(server.requests).toHaveLength(5);
  });

  it("a final 429 is a RateLimitedError carrying the server's delay", async () => {
    server.next(json(429, { msg: "quota" }, { "retry-after": "30" }));
    const error = await client({ retry: false })
      .throwing.GET("/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterMs: 30_000, retries: 0 });
  });
});

describe("delays", () => {
  it("backs off exponentially from 0.5 s up to 8 s, with at most 25% jitter", () => {
    const expected = [500, 1000, 2000, 4000, 8000, 8000];
    expected.forEach((ms, retry) => {
      expect(backoffDelay(retry, DEFAULT_RETRY, () => 0)).toBe(ms);
      expect(backoffDelay(retry, DEFAULT_RETRY, () => 1)).toBe(ms * 0.75);
    });
  });

  it("reads retry-after-ms, Retry-After seconds and HTTP dates; ignores garbage", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(serverRetryAfterMs(new Headers({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
    expect(serverRetryAfterMs(new Headers({ "retry-after": "2" }), now)).toBe(2000);
    expect(serverRetryAfterMs(new Headers({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(3000);
    expect(serverRetryAfterMs(new Headers({ "retry-after": "Wed, 31 Dec 2025 00:00:00 GMT" }), now)).toBe(0);
    expect(serverRetryAfterMs(new Headers({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(serverRetryAfterMs(new Headers({ "retry-after": "-1" }), now)).toBeUndefined();
    expect(serverRetryAfterMs(new Headers(), now)).toBeUndefined();
  });

  it("caps the server's delay at 60 s by default", () => {
    expect(retryDelay(0, DEFAULT_RETRY, new Headers({ "retry-after": "1000" }))).toBe(60_000);
  });
});
