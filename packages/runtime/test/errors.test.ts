import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  ApiError,
  BadRequestError,
  ConnectionError,
  createApiClient,
  ForbiddenError,
  NotFoundError,
  operationErrorGuard,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "../src/index.js";
import type { ErrorBody, paths } from "./helpers/paths.js";
import { type ScriptedServer, startServer } from "./helpers/server.js";

let server: ScriptedServer;
beforeAll(async () => {
  // `/status/<code>` answers that status with a Seyna-style error body.
  server = await startServer((req, res) => {
    const code = Number(/\/status\/(\d+)/.exec(req.url ?? "")?.[1] ?? 200);
    res.writeHead(code, { "content-type": "application/json" });
    res.end(
      JSON.stringify(
        code < 300 ? { ok: true } : { object: "error", status: code, type: "test", msg: `failed with ${code}` },
      ),
    );
  });
});
afterAll(() => server.close());

const client = () => createApiClient<paths>({ baseUrl: server.url, retry: false });
const call = (code: number) => client().throwing.GET("/status/{code}", { params: { path: { code } } });

describe("each status has its error class", () => {
  const cases: [number, new (...args: never[]) => ApiError, string][] = [
    [400, BadRequestError, "BadRequestError"],
    [401, UnauthorizedError, "UnauthorizedError"],
    [403, ForbiddenError, "ForbiddenError"],
    [404, NotFoundError, "NotFoundError"],
    [422, UnprocessableEntityError, "UnprocessableEntityError"],
    [429, RateLimitedError, "RateLimitedError"],
    [500, ServerError, "ServerError"],
    [502, ServerError, "ServerError"],
    [503, ServerError, "ServerError"],
    [504, ServerError, "ServerError"],
    [409, ApiError, "ApiError"],
    [418, ApiError, "ApiError"],
  ];
  it.each(cases)("%i → %o", async (status, Class, name) => {
    const error = (await call(status).catch((e: unknown) => e)) as ApiError<ErrorBody>;
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.constructor).toBe(Class);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    expect(error.body).toEqual({ object: "error", status, type: "test", msg: `failed with ${status}` });
    expect(error.method).toBe("GET");
    expect(error.url).toBe(`${server.url}/status/${status}`);
    expect(error.retries).toBe(0);
    expect(error.message).toMatch(
      new RegExp(`^GET ${server.url}/status/${status} → ${status} [A-Z'a-z ]+: failed with ${status}$`),
    );
  });

  it("transport failures are ApiErrors with status 0", () => {
    for (const Class of [ConnectionError, TimeoutError, AbortError]) {
      const error = new Class("x", { status: 0, body: undefined, method: "GET", url: "u", retries: 0 });
      expect(error).toBeInstanceOf(ApiError);
      expect(error.name).toBe(Class.name);
    }
  });
});

describe("both error styles", () => {
  it("plain style resolves { data, error, response }", async () => {
    const ok = await client().GET("/status/{code}", { params: { path: { code: 200 } } });
    expect(ok.data).toEqual({ ok: true });
    expect(ok.error).toBeUndefined();
    expect(ok.response.status).toBe(200);
    const failed = await client().GET("/status/{code}", { params: { path: { code: 404 } } });
    expect(failed.data).toBeUndefined();
    expect(failed.error).toEqual({ object: "error", status: 404, type: "test", msg: "failed with 404" });
    expect(failed.response.status).toBe(404);
  });

  it("throwing style resolves to data", async () => {
    await expect(call(200)).resolves.toEqual({ ok: true });
  });

  it("throwing style throws the typed error with the message the issue asks for", async () => {
    const error = await client()
      .throwing.POST("/seance", { body: { company_id: "c", hours: 1 }, baseUrl: `${server.url}/status/503` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toBe(
      `POST ${server.url}/status/503/seance → 503 Service Unavailable: failed with 503`,
    );
  });

  it("credentials in the query are redacted from the error URL and message", async () => {
    const error = (await client()
      .throwing.GET("/status/{code}", {
        params: { path: { code: 403 }, query: { password: "hunter2-pass", token: "tok-123456" } },
      })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.url).toBe(`${server.url}/status/403?password=[redacted]&token=[redacted]`);
    expect(error.message).not.toContain("hunter2-pass");
    expect(error.message).not.toContain("tok-123456");
  });

  it("an error serializes to JSON for loggers", async () => {
    const error = await call(422).catch((e: unknown) => e);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: "UnprocessableEntityError",
      status: 422,
      method: "GET",
      retries: 0,
      body: { msg: "failed with 422" },
    });
  });

  it("a text error body is kept as text", async () => {
    server.next((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("upstream exploded");
    });
    const error = (await call(200).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.body).toBe("upstream exploded");
    expect(error.message).toMatch(/→ 500 Internal Server Error: upstream exploded$/);
  });
});

describe("errors carry what Stainless-style clients carry", () => {
  it("a TimeoutError is a ConnectionError", () => {
    const error = new TimeoutError("t", { status: 0, body: undefined, method: "GET", url: "u", retries: 0 });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toBeInstanceOf(ApiError);
  });

  it("an HTTP error has the response headers (credentials redacted), the request id and the operation path", async () => {
    const error = (await call(404).catch((e: unknown) => e)) as ApiError;
    expect(error.path).toBe("/status/{code}");
    expect(error.headers["content-type"]).toBe("application/json");
    const isApiOperationError = operationErrorGuard<paths>();
    expect(isApiOperationError(error, "get", "/status/{code}")).toBe(true);
    expect(isApiOperationError(error, "get", "/items/{item_id}")).toBe(false);
    expect(isApiOperationError(new Error("x"), "get", "/status/{code}")).toBe(false);
  });
});
