// Timeouts and aborts against scripted loopback servers. Deterministic on a loaded machine: a request that must time
// out goes to a server that never answers, and timers are faked (only setTimeout/clearTimeout: sockets stay real)
// wherever an answer and a timer could race.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortError, createApiClient, jwtFromEndpoint, oauth2ClientCredentials, TimeoutError } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { json, type ScriptedServer, stall, startServer, until } from "./helpers/server.js";

let server: ScriptedServer;
let auth: ScriptedServer;
beforeEach(async () => {
  server = await startServer();
  auth = await startServer(stall);
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await server.close();
  await auth.close();
});

const fast = { baseDelayMs: 5, maxDelayMs: 20 };
/** Fake only the timers: the loopback sockets keep running for real. */
const fakeTimers = () => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });

describe("timeouts", () => {
  it("an answer that never comes ends in a TimeoutError, after the retries", async () => {
    server.next(stall, stall, stall);
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 300, retry: fast });
    const error = await c.GET("/slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ status: 0, retries: 2, method: "GET", url: `${server.url}/slow` });
    expect((error as Error).message).toBe(`GET ${server.url}/slow → no response within 300 ms after 2 retries`);
    expect(server.requests).toHaveLength(3);
  });

  it("the timeout also covers a body that stalls after the headers", async () => {
    server.next((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: false });
    await expect(c.GET("/slow")).rejects.toBeInstanceOf(TimeoutError);
  });

  it("the timeout also covers a body of declared length that stalls (read by openapi-fetch), in both styles", async () => {
    const stalled = (_req: unknown, res: import("node:http").ServerResponse) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"partial":');
    };
    server.next(stalled, stalled);
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: false });
    for (const call of [() => c.GET("/slow"), () => c.throwing.GET("/slow")]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toBe(`GET ${server.url}/slow → no response within 100 ms`);
    }
  });

  it("a timeout is per attempt: a stalled first attempt, then an answered one succeeds", async () => {
    fakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0);
    server.next(stall, json(200, { ok: true }));
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 1000, retry: fast });
    const pending = c.GET("/slow");
    await until(() => server.requests.length === 1, "first attempt");
    await vi.advanceTimersByTimeAsync(1000 + fast.baseDelayMs);
    // The second attempt is answered; no fake time passes, so its timer cannot fire.
    expect((await pending).data).toEqual({ ok: true });
  });

  it("timeoutMs per request overrides the client's", async () => {
    fakeTimers();
    server.next(stall);
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 50, retry: false });
    const pending = c.GET("/slow", { timeoutMs: 5000 }).catch((e: unknown) => e);
    await until(() => server.requests.length === 1);
    await vi.advanceTimersByTimeAsync(4999);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toBeInstanceOf(TimeoutError);
    expect(((await pending) as Error).message).toContain("no response within 5000 ms");
  });

  it("does not retry a timed-out POST without opt-in (it may have run)", async () => {
    server.next(stall);
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: fast });
    await expect(c.POST("/seance", { body: { company_id: "c1", hours: 1 } })).rejects.toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("one request's timeout leaves the next requests alone", async () => {
    server.next(stall);
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 100, retry: false });
    await expect(c.GET("/slow")).rejects.toBeInstanceOf(TimeoutError);
    const { data } = await c.GET("/slow", { timeoutMs: 60_000 });
    expect(data).toMatchObject({ method: "GET" });
  });
});

describe("one timeout and one retry count for the token request too", () => {
  const providers = {
    oauth2: () =>
      oauth2ClientCredentials({ tokenUrl: `${auth.url}/oauth2/token`, clientId: "id", clientSecret: "secret-1" }),
    jwt: () =>
      jwtFromEndpoint({
        acquire: async (fetch) => (await fetch(`${auth.url}/token/acquire?username=u&password=secret-2`)).text(),
        secrets: ["secret-2"],
      }),
  };
  const labels = { oauth2: "OAuth2 token request", jwt: "JWT token request" };

  it.each(Object.keys(providers) as (keyof typeof providers)[])(
    "%s: a token endpoint that never answers ends after 3 × timeoutMs plus the backoff, with retries = 2",
    async (kind) => {
      fakeTimers();
      vi.spyOn(Math, "random").mockReturnValue(0); // backoff without jitter: 500 ms, then 1000 ms
      const retries: unknown[] = [];
      const c = createApiClient<paths>({
        baseUrl: server.url,
        auth: providers[kind](),
        timeoutMs: 1000,
        hooks: { onRetry: (event) => void retries.push(event) },
      });
      let settledAt: number | undefined;
      const pending = c.GET("/slow").catch((e: unknown) => e);
      void pending.then(() => (settledAt = Date.now()));
      const start = Date.now();
      for (const [attempt, backoff] of [
        [1, 500],
        [2, 1000],
        [3, 0],
      ] as const) {
        await until(() => auth.requests.length === attempt, `token request ${attempt}`);
        await vi.advanceTimersByTimeAsync(999);
        expect(settledAt).toBeUndefined();
        await vi.advanceTimersByTimeAsync(1 + backoff);
      }
      const error = await pending;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(settledAt! - start).toBe(1000 + 500 + 1000 + 1000 + 1000);
      expect(error).toMatchObject({ retries: 2, status: 0 });
      expect((error as Error).message).toMatch(
        new RegExp(
          `^${labels[kind]} failed: (POST|GET) http://127\\.0\\.0\\.1:\\d+/\\S+ → no response within 1000 ms after 2 retries$`,
        ),
      );
      expect(retries).toMatchObject([
        { attempt: 1, reason: "token request failed", delayMs: 500 },
        { attempt: 2, reason: "token request failed", delayMs: 1000 },
      ]);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("retry: false gives the token request one attempt of timeoutMs", async () => {
    fakeTimers();
    const c = createApiClient<paths>({ baseUrl: server.url, auth: providers.oauth2(), timeoutMs: 1000, retry: false });
    const pending = c.GET("/slow").catch((e: unknown) => e);
    await until(() => auth.requests.length === 1);
    await vi.advanceTimersByTimeAsync(1000);
    const error = await pending;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ retries: 0 });
    expect(auth.requests).toHaveLength(1);
  });

  it("the caller's signal ends a pending token request too", async () => {
    const controller = new AbortController();
    const c = createApiClient<paths>({ baseUrl: server.url, auth: providers.jwt() });
    const pending = c.GET("/slow", { signal: controller.signal }).catch((e: unknown) => e);
    await until(() => auth.requests.length === 1);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ retries: 0 });
  });
});

describe("the caller's AbortSignal", () => {
  it("aborting rejects with AbortError and is never retried", async () => {
    const controller = new AbortController();
    server.next(() => controller.abort(), json(200, { ok: true }));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: fast });
    const error = await c.GET("/slow", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ status: 0, retries: 0, method: "GET" });
    expect((error as Error).message).toBe(`GET ${server.url}/slow aborted by the caller`);
    expect(server.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const c = createApiClient<paths>({ baseUrl: server.url });
    await expect(c.GET("/slow", { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("aborting during the backoff wait stops the retries", async () => {
    const controller = new AbortController();
    const c = createApiClient<paths>({
      baseUrl: server.url,
      retry: { baseDelayMs: 60_000 },
      hooks: { onRetry: () => controller.abort() },
    });
    server.next(json(503, {}), json(200, { ok: true }));
    const error = await c.GET("/slow", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("aborting one request does not abort the others on the same client", async () => {
    const controller = new AbortController();
    server.next(stall, json(200, { other: true }));
    const c = createApiClient<paths>({ baseUrl: server.url, retry: false });
    const aborted = c.GET("/slow", { signal: controller.signal });
    await until(() => server.requests.length === 1);
    const other = c.GET("/slow");
    await until(() => server.requests.length === 2);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    expect((await other).data).toEqual({ other: true });
    // And the client keeps working for new requests.
    expect((await c.GET("/slow")).response.status).toBe(200);
  });

  it("our timeout is not the caller's signal: the caller's signal stays unaborted", async () => {
    server.next(stall);
    const c = createApiClient<paths>({ baseUrl: server.url, timeoutMs: 50, retry: false });
    const controller = new AbortController();
    await expect(c.GET("/slow", { signal: controller.signal })).rejects.toBeInstanceOf(TimeoutError);
    expect(controller.signal.aborted).toBe(false);
  });
});
