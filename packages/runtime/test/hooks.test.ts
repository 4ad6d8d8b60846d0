import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApiClient, type RequestEvent, type ResponseEvent, type RetryEvent, staticBearer } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { drop, json, type ScriptedServer, startServer } from "./helpers/server.js";

let server: ScriptedServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

describe("hooks", () => {
  it("report each attempt, response and retry with redacted headers and URL", async () => {
    server.next(json(503, {}, { "retry-after-ms": "20", "set-cookie": "session=abc" }), drop, json(200, { ok: true }));
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const retries: RetryEvent[] = [];
    const c = createApiClient<paths>({
      baseUrl: server.url,
      auth: staticBearer("tok-secret"),
      headers: { "x-request-source": "tests" },
      retry: { baseDelayMs: 10 },
      hooks: {
        onRequest: (e) => void requests.push(e),
        onResponse: (e) => void responses.push(e),
        onRetry: (e) => void retries.push(e),
      },
    });
    await c.GET("/status/{code}", { params: { path: { code: 200 }, query: { token: "q-secret" } } });
    const url = `${server.url}/status/200?token=[redacted]`;

    expect(requests).toEqual(
      [1, 2, 3].map((attempt) => ({
        method: "GET",
        url,
        attempt,
        headers: { authorization: "[redacted]", "x-request-source": "tests" },
      })),
    );
    expect(responses.map((e) => [e.attempt, e.status, e.error?.name])).toEqual([
      [1, 503, undefined],
      [2, 0, "ConnectionError"],
      [3, 200, undefined],
    ]);
    expect(responses[0]!.headers["set-cookie"]).toBe("[redacted]");
    expect(responses[0]!.headers["content-type"]).toBe("application/json");
    expect(responses.every((e) => e.url === url && e.method === "GET" && e.durationMs >= 0)).toBe(true);
    expect(retries).toEqual([
      { method: "GET", url, attempt: 1, status: 503, delayMs: 20, reason: "status 503" },
      { method: "GET", url, attempt: 2, status: 0, delayMs: expect.any(Number), reason: "connection error" },
    ]);
    expect(retries[1]!.delayMs).toBeGreaterThanOrEqual(15);
    expect(retries[1]!.delayMs).toBeLessThanOrEqual(20);
  });

  it("a throwing or rejecting hook does not break the request; it is reported once as a process warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const c = createApiClient<paths>({
        baseUrl: server.url,
        hooks: {
          onRequest: () => {
            throw new Error("logger is down");
          },
          onResponse: async () => {
            throw new Error("metrics are down");
          },
        },
      });
      expect((await c.GET("/slow")).response.status).toBe(200);
      expect((await c.GET("/slow")).response.status).toBe(200);
      await vi.waitFor(() => expect(warnings).toHaveLength(2));
      expect(warnings.sort()).toEqual([
        "hooks.onRequest threw and was ignored: logger is down",
        "hooks.onResponse threw and was ignored: metrics are down",
      ]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});
