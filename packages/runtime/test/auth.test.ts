import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createApiClient,
  httpBasic,
  InvalidResponseError,
  jwtExpiry,
  jwtFromEndpoint,
  oauth2ClientCredentials,
  ServerError,
  staticBearer,
  UnauthorizedError,
} from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { type Handler, json, type ScriptedServer, startServer } from "./helpers/server.js";
import { makeJwt, tokenEndpoint } from "./helpers/tokens.js";

let api: ScriptedServer;
let auth: ScriptedServer;
let issued: { count: number };
beforeEach(async () => {
  issued = { count: 0 };
  api = await startServer();
  auth = await startServer(tokenEndpoint(3600, issued));
});
afterEach(async () => {
  await api.close();
  await auth.close();
});

const fast = { baseDelayMs: 5, maxDelayMs: 20 };
const oauth = (options: Partial<Parameters<typeof oauth2ClientCredentials>[0]> = {}) =>
  oauth2ClientCredentials({
    tokenUrl: `${auth.url}/oauth2/token`,
    clientId: "client-abc",
    clientSecret: "s3cr3t-value",
    ...options,
  });
const client = (provider: ReturnType<typeof oauth>) =>
  createApiClient<paths>({ baseUrl: api.url, auth: provider, retry: fast });
const seen = (server: ScriptedServer) => server.requests.map((r) => r.headers.authorization);

describe("oauth2ClientCredentials", () => {
  it("requests a token with form-encoded client credentials and scope, and sends it as a bearer", async () => {
    const c = client(oauth({ scope: "premiums:write" }));
    const { data } = await c.GET("/slow");
    expect(data).toMatchObject({ authorization: "Bearer token-1" });
    const [tokenRequest] = auth.requests;
    expect(tokenRequest).toMatchObject({ method: "POST", url: "/oauth2/token" });
    expect(tokenRequest!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(tokenRequest!.body))).toEqual({
      grant_type: "client_credentials",
      client_id: "client-abc",
      client_secret: "s3cr3t-value",
      scope: "premiums:write",
    });
  });

  it("caches the token while it is valid", async () => {
    const c = client(oauth());
    await c.GET("/slow");
    await c.GET("/slow");
    await c.GET("/slow");
    expect(issued.count).toBe(1);
    expect(seen(api)).toEqual(Array(3).fill("Bearer token-1"));
  });

  it("renews expiryMarginMs before expires_in runs out", async () => {
    // The clock is faked (Date only: sockets and timers stay real), so a loaded machine cannot age the token.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      auth.next(tokenEndpoint(2, issued));
      // 2 s lifetime minus 1.4 s margin: fresh for 600 ms, stale after.
      const c = client(oauth({ expiryMarginMs: 1400 }));
      await c.GET("/slow");
      vi.setSystemTime(Date.now() + 550);
      await c.GET("/slow");
      expect(issued.count).toBe(1);
      vi.setSystemTime(Date.now() + 100);
      await c.GET("/slow");
      expect(issued.count).toBe(2);
      expect(seen(api)).toEqual(["Bearer token-1", "Bearer token-1", "Bearer token-2"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("uses a 30 s margin by default, never below zero", async () => {
    // expires_in 10 s < the 30 s margin: every request gets a fresh token, and every request still works.
    auth.next(tokenEndpoint(10, issued), tokenEndpoint(10, issued));
    const c = client(oauth());
    await c.GET("/slow");
    await c.GET("/slow");
    expect(issued.count).toBe(2);
    expect(seen(api)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("50 concurrent requests with an expired token make one token request", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      auth.next(tokenEndpoint(10, issued));
      const c = client(oauth({ expiryMarginMs: 5_000 }));
      await c.GET("/slow");
      vi.setSystemTime(Date.now() + 6_000); // past expires_in minus the margin
      const results = await Promise.all(Array.from({ length: 50 }, () => c.GET("/slow")));
      expect(results.every((r) => r.response.status === 200)).toBe(true);
      expect(issued.count).toBe(2);
      expect(new Set(seen(api).slice(1))).toEqual(new Set(["Bearer token-2"]));
    } finally {
      vi.useRealTimers();
    }
  });

  it("50 concurrent first requests share one token request", async () => {
    const c = client(oauth());
    await Promise.all(Array.from({ length: 50 }, () => c.GET("/slow")));
    expect(issued.count).toBe(1);
  });

  it("a 401 triggers exactly one token refresh and one resend", async () => {
    api.next(json(401, { msg: "token revoked" }));
    const c = client(oauth());
    const { data } = await c.GET("/slow");
    expect(data).toMatchObject({ authorization: "Bearer token-2" });
    expect(issued.count).toBe(2);
    expect(seen(api)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("a second 401 is final: UnauthorizedError after one refresh", async () => {
    api.next(json(401, { msg: "no" }), json(401, { msg: "still no" }), json(200, {}));
    const c = client(oauth());
    const error = await c.throwing.GET("/slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ status: 401, retries: 1, body: { msg: "still no" } });
    expect(issued.count).toBe(2);
    expect(api.requests).toHaveLength(2);
  });

  it("a POST is resent after a 401 (it was rejected, so it did not run)", async () => {
    api.next(json(401, {}));
    const { response } = await client(oauth()).POST("/seance", { body: { company_id: "c", hours: 1 } });
    expect(response.status).toBe(200);
    expect(api.requests.map((r) => r.body)).toEqual(Array(2).fill('{"company_id":"c","hours":1}'));
  });

  it("a refused token request is an UnauthorizedError saying so, without the secret", async () => {
    auth.next(json(401, { error: "invalid_client", error_description: "Client authentication failed" }));
    const error = await client(oauth())
      .GET("/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toBe(
      `OAuth2 token request failed: POST ${auth.url}/oauth2/token → 401 Unauthorized: Client authentication failed`,
    );
    expect(error).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain("s3cr3t-value");
    expect(api.requests).toHaveLength(0);
  });

  it("a 400 invalid_grant from the token endpoint is an UnauthorizedError too", async () => {
    auth.next(json(400, { error: "invalid_grant" }));
    const error = await client(oauth())
      .GET("/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ status: 400 });
  });

  it("a transient token endpoint failure is retried", async () => {
    auth.next(json(503, {}));
    const { response } = await client(oauth()).GET("/slow");
    expect(response.status).toBe(200);
    expect(auth.requests).toHaveLength(2);
  });

  it("a token endpoint that keeps failing ends in a ServerError naming the token request", async () => {
    auth.next(json(503, {}), json(503, {}), json(503, {}));
    const error = await client(oauth())
      .GET("/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toMatch(
      /^OAuth2 token request failed: POST .+\/oauth2\/token → 503 Service Unavailable after 2 retries$/,
    );
    expect((error as ServerError).retries).toBe(2);
    expect(auth.requests).toHaveLength(3);
  });

  it("the caller's abort does not wait for a slow token request", async () => {
    // The token endpoint never answers; the caller aborts once it has been asked. Without the abort this would hang.
    const controller = new AbortController();
    auth.next(() => controller.abort());
    const error = await client(oauth())
      .GET("/slow", { signal: controller.signal })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
    expect(api.requests).toHaveLength(0);
  });

  it("a token response without access_token says what was expected", async () => {
    auth.next(json(200, { token: "x" }));
    const error = await client(oauth())
      .GET("/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(
      /^OAuth2 token request failed: POST http:\/\/127\.0\.0\.1:\d+\/oauth2\/token → 200: expected a JSON object with an access_token string, got keys token$/,
    );
  });

  it("a token endpoint answering HTML is an InvalidResponseError with status and URL", async () => {
    auth.next((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body>Sign in</body></html>");
    });
    const error = await client(oauth())
      .GET("/slow")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).status).toBe(200);
    expect((error as Error).message).toMatch(
      /^OAuth2 token request failed: POST http:\/\/127\.0\.0\.1:\d+\/oauth2\/token → 200 with a body that is not JSON \(content-type text\/html\)$/,
    );
  });
});

describe("jwtFromEndpoint", () => {
  /** A Coanda-style endpoint: GET with username/password in the query, raw JWT text answer. */
  const acquireFrom =
    (server: ScriptedServer, password = "p@ss-w0rd") =>
    async (fetch: typeof globalThis.fetch) => {
      const response = await fetch(
        `${server.url}/user-service/v1/token/acquire?username=${encodeURIComponent("me@example.com")}&password=${encodeURIComponent(password)}`,
        {
          headers: { accept: "text/plain" },
        },
      );
      return response.text();
    };
  const jwtText =
    (claims: Record<string, unknown>): Handler =>
    (_req, res) => {
      issued.count++;
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(makeJwt({ n: issued.count, ...claims }));
    };

  it("sends the JWT as a bearer and caches it until exp minus the margin", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const exp = Math.floor(Date.now() / 1000) + 3;
      auth.next(jwtText({ exp }), jwtText({ exp: exp + 3600 }));
      // Fresh until exp minus the 1 s margin (at most 3 s from now), stale after.
      const c = createApiClient<paths>({
        baseUrl: api.url,
        auth: jwtFromEndpoint({ acquire: acquireFrom(auth), expiryMarginMs: 1_000 }),
      });
      await c.GET("/slow");
      vi.setSystemTime(Date.now() + 1_000);
      await c.GET("/slow");
      expect(issued.count).toBe(1);
      vi.setSystemTime(exp * 1000 - 500);
      await c.GET("/slow");
      expect(issued.count).toBe(2);
      const [first, , third] = seen(api);
      expect(first).toBe(`Bearer ${makeJwt({ n: 1, exp })}`);
      expect(third).toBe(`Bearer ${makeJwt({ n: 2, exp: exp + 3600 })}`);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a JWT without exp is cached until a 401, then acquired again", async () => {
    auth.next(jwtText({}), jwtText({}));
    api.next(json(200, {}), json(200, {}), json(401, {}), json(200, {}));
    const c = createApiClient<paths>({ baseUrl: api.url, auth: jwtFromEndpoint({ acquire: acquireFrom(auth) }) });
    await c.GET("/slow");
    await c.GET("/slow");
    expect(issued.count).toBe(1);
    const { response } = await c.GET("/slow");
    expect(response.status).toBe(200);
    expect(issued.count).toBe(2);
  });

  it("a refused acquisition is an UnauthorizedError with the password redacted from the URL", async () => {
    auth.next(json(401, { message: "Bad credentials" }));
    const c = createApiClient<paths>({
      baseUrl: api.url,
      auth: jwtFromEndpoint({ acquire: acquireFrom(auth, "hunter2-pass") }),
    });
    const error = await c.GET("/slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as Error).message).toBe(
      `JWT token request failed: GET ${auth.url}/user-service/v1/token/acquire?username=[redacted]&password=[redacted] → 401 Unauthorized: Bad credentials`,
    );
    expect((error as UnauthorizedError).url).not.toContain("hunter2");
  });

  it("an empty token body is refused clearly", async () => {
    auth.next((_req, res) => res.end("  "));
    const c = createApiClient<paths>({ baseUrl: api.url, auth: jwtFromEndpoint({ acquire: acquireFrom(auth) }) });
    const error = await c.GET("/slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(
      /^JWT token request failed: GET http:\/\/127\.0\.0\.1:\d+\/user-service\/v1\/token\/acquire\?username=\[redacted\]&password=\[redacted\] → 200: expected the token string, got an empty string/,
    );
  });

  it("a token endpoint answering an HTML page is an InvalidResponseError, not a bearer of HTML", async () => {
    auth.next((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html><body>Login</body></html>");
    });
    const c = createApiClient<paths>({ baseUrl: api.url, auth: jwtFromEndpoint({ acquire: acquireFrom(auth) }) });
    const error = await c.GET("/slow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200 });
    expect((error as Error).message).toMatch(
      /→ 200: expected the token string, got text that is not a token \(content-type text\/html\)$/,
    );
    expect(api.requests).toHaveLength(0);
  });

  it("reads exp from a JWT", () => {
    expect(jwtExpiry(makeJwt({ exp: 1_700_000_000 }))).toBe(1_700_000_000_000);
    expect(jwtExpiry(makeJwt({ sub: "x" }))).toBeUndefined();
    expect(jwtExpiry("not-a-jwt")).toBeUndefined();
  });
});

describe("httpBasic and staticBearer", () => {
  it("sends Basic base64(username:password)", async () => {
    const c = createApiClient<paths>({
      baseUrl: api.url,
      auth: httpBasic({ username: "key-id", password: "key-secret" }),
    });
    const { data } = await c.GET("/slow");
    expect(data).toMatchObject({ authorization: `Basic ${Buffer.from("key-id:key-secret").toString("base64")}` });
    expect(seen(api)).toEqual(["Basic a2V5LWlkOmtleS1zZWNyZXQ="]);
  });

  it("encodes non-ASCII credentials as UTF-8", async () => {
    const c = createApiClient<paths>({
      baseUrl: api.url,
      auth: httpBasic({ username: "clé", password: "mot-dé-passe" }),
    });
    await c.GET("/slow");
    expect(Buffer.from(seen(api)[0]!.slice(6), "base64").toString("utf8")).toBe("clé:mot-dé-passe");
  });

  it("a 401 with fixed credentials is final (no resend)", async () => {
    api.next(json(401, { msg: "bad key" }));
    const c = createApiClient<paths>({
      baseUrl: api.url,
      auth: httpBasic({ username: "key-id", password: "key-secret" }),
    });
    await expect(c.throwing.GET("/slow")).rejects.toBeInstanceOf(UnauthorizedError);
    expect(api.requests).toHaveLength(1);
  });

  it("staticBearer sends the token as is", async () => {
    const c = createApiClient<paths>({ baseUrl: api.url, auth: staticBearer("abc.def.ghi") });
    await c.GET("/slow");
    expect(seen(api)).toEqual(["Bearer abc.def.ghi"]);
  });

  it("bad credentials options are named", () => {
    expect(() => httpBasic({ username: "a:b", password: "x" })).toThrow("httpBasic: username must not contain ':'");
    expect(() => httpBasic({ username: "", password: "x" })).toThrow(
      "httpBasic: username must be a non-empty string, got a blank string",
    );
    expect(() => staticBearer(undefined as never)).toThrow(
      "staticBearer(token) must be a non-empty string, got undefined",
    );
    expect(() => oauth2ClientCredentials({ tokenUrl: "/token", clientId: "a", clientSecret: "b" })).toThrow(
      'oauth2ClientCredentials: tokenUrl must be an absolute http(s) URL, got "/token"',
    );
    expect(() =>
      oauth2ClientCredentials({ tokenUrl: "https://x/t", clientId: "a", clientSecret: 42 as never }),
    ).toThrow("oauth2ClientCredentials: clientSecret must be a non-empty string, got number");
    expect(() =>
      oauth2ClientCredentials({ tokenUrl: "https://x/t", clientId: "a", clientSecret: "b", expiryMarginMs: -1 }),
    ).toThrow("oauth2ClientCredentials: expiryMarginMs must be a non-negative number, got -1");
    expect(() => jwtFromEndpoint({} as never)).toThrow(
      "jwtFromEndpoint: acquire must be a function (fetch) => Promise<string>, got undefined",
    );
  });
});
