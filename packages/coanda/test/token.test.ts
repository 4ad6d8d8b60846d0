// The client's token logic against a real local HTTP server: encoding, expiry, single flight, 401 renewal.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  coandaTokenAuth,
  createCoandaClient,
  type PremiaSessionRequest,
  UnauthorizedError,
} from "../src/index.js";
import { tokenUrl } from "../src/token.js";
import { startTokenServer, type TokenServer, type TokenServerOptions } from "./helpers/token-server.js";

const SESSIONS = "/premia/api/v1/sessions";
const USERNAME = "user@example.com";
const PASSWORD = "p&ss=w%rd 100%";
const body: PremiaSessionRequest = {
  recoJourneyUuid: "aaaic:reco_journeys:4",
  extProductCode: "PERZEN",
  extSessionCode: "123456",
  clientLastName: "Dupont",
  clientFirstName: "Claire",
  clientBirthDate: "19800101",
};

let server: TokenServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

async function setup(options: TokenServerOptions = {}, margin?: number) {
  server = await startTokenServer(options);
  const coanda = createCoandaClient({
    baseUrl: server.url,
    username: USERNAME,
    password: PASSWORD,
    retry: false,
    tokenExpiryMarginMs: margin,
  });
  return { server, coanda };
}

describe("token request", () => {
  it("sends username and password URL-encoded in the query, asking for text/plain", async () => {
    const { server, coanda } = await setup({ lifetimeSeconds: 3600 });
    await coanda.throwing.POST(SESSIONS, { body });
    expect(server.tokenRequests).toEqual([
      `/user-service/v1/token/acquire?username=user%40example.com&password=p%26ss%3Dw%25rd%20100%25`,
    ]);
    const query = new URL(server.tokenRequests[0]!, "http://x").searchParams;
    expect(query.get("username")).toBe(USERNAME);
    expect(query.get("password")).toBe(PASSWORD);
    expect(server.tokenAccepts).toEqual(["text/plain"]);
  });

  it("drops a trailing slash of baseUrl", async () => {
    server = await startTokenServer({ lifetimeSeconds: 3600 });
    const coanda = createCoandaClient({
      baseUrl: `${server.url}/`,
      username: USERNAME,
      password: PASSWORD,
      retry: false,
    });
    const { sessionHash } = await coanda.throwing.POST(SESSIONS, { body });
    expect(sessionHash).toBe("hash-1");
    expect(server.tokenRequests[0]).toMatch(/^\/user-service\/v1\/token\/acquire\?/);
  });

  it("keeps a base path of baseUrl (e.g. a gateway prefix)", () => {
    expect(tokenUrl("https://gateway.example.com/coanda/", USERNAME, "a b+c")).toBe(
      "https://gateway.example.com/coanda/user-service/v1/token/acquire?username=user%40example.com&password=a%20b%2Bc",
    );
  });
});

describe("token lifetime", () => {
  it("reuses the token until exp minus the margin, then acquires a new one before exp", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2030-01-01T00:00:00Z") });
    const { server, coanda } = await setup({ lifetimeSeconds: 120 }, 30_000);
    await coanda.throwing.POST(SESSIONS, { body });
    vi.setSystemTime(new Date("2030-01-01T00:01:29Z")); // 31 s before exp: not yet within the 30 s margin, so reused
    await coanda.throwing.POST(SESSIONS, { body });
    expect(server.tokenRequests).toHaveLength(1);
    vi.setSystemTime(new Date("2030-01-01T00:01:31Z")); // 29 s before exp: renewed before it expires
    await coanda.throwing.POST(SESSIONS, { body });
    expect(server.tokenRequests).toHaveLength(2);
    expect(new Set(server.apiAuthorizations).size).toBe(2);
    expect(server.apiAuthorizations[1]).toBe(server.apiAuthorizations[0]);
  });

  it("keeps a token without exp until the API refuses it", async () => {
    const { server, coanda } = await setup({});
    for (let i = 0; i < 3; i++) await coanda.throwing.POST(SESSIONS, { body });
    expect(server.tokenRequests).toHaveLength(1);
  });
});

describe("single flight", () => {
  it("shares one token request between ten concurrent calls", async () => {
    const { server, coanda } = await setup({ lifetimeSeconds: 3600, tokenDelayMs: 50 });
    const results = await Promise.all(Array.from({ length: 10 }, () => coanda.throwing.POST(SESSIONS, { body })));
    expect(results).toHaveLength(10);
    expect(server.tokenRequests).toHaveLength(1);
    expect(new Set(server.apiAuthorizations).size).toBe(1);
  });
});

describe("401 from the API", () => {
  it("renews the token once and resends", async () => {
    const { server, coanda } = await setup({ lifetimeSeconds: 3600 });
    await coanda.throwing.POST(SESSIONS, { body });
    server.revokeIssuedTokens();
    const { sessionHash } = await coanda.throwing.POST(SESSIONS, { body });
    expect(sessionHash).toBe("hash-3");
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.apiAuthorizations).toHaveLength(3);
    expect(server.apiAuthorizations[2]).not.toBe(server.apiAuthorizations[1]);
  });

  it("renews only once: a second 401 is the caller's UnauthorizedError", async () => {
    const { server, coanda } = await setup({ lifetimeSeconds: 3600, rejectEveryToken: true });
    const failure = await coanda.throwing.POST(SESSIONS, { body }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnauthorizedError);
    expect((failure as UnauthorizedError).status).toBe(401);
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.apiAuthorizations).toHaveLength(2);
    const { error, response } = await coanda.POST(SESSIONS, { body });
    expect(response.status).toBe(401);
    expect(error).toEqual({ status: 401, error: "Unauthorized", message: "Token is invalid." });
  });
});

describe("a failed token acquisition", () => {
  // What the client itself writes (message, stack, URL); `body` is the server's own answer, kept as sent.
  const leaks = (error: unknown) => {
    const e = error as Error & Record<string, unknown>;
    const text = [e.message, e.stack, String(e), String(e.url), String(e.method)].join("\n");
    return [PASSWORD, encodeURIComponent(PASSWORD), "p%26ss"].filter((secret) => text.includes(secret));
  };

  it("surfaces a refusal as UnauthorizedError without the password", async () => {
    const { coanda } = await setup({
      tokenFailure: { status: 401, body: JSON.stringify({ message: "Bad credentials" }) },
    });
    const failure = await coanda.throwing.POST(SESSIONS, { body }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnauthorizedError);
    expect((failure as UnauthorizedError).message).toMatch(/token/i);
    expect(leaks(failure)).toEqual([]);
  });

  it("surfaces a server failure as an ApiError without the password, in the non-throwing style too", async () => {
    const { coanda } = await setup({
      tokenFailure: {
        status: 503,
        body: JSON.stringify({ message: `maintenance, user ${USERNAME} password ${PASSWORD}` }),
      },
    });
    const failure = await coanda.POST(SESSIONS, { body }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(503);
    expect(leaks(failure)).toEqual([]);
  });
});

describe("options", () => {
  it.each([
    ["username", { username: "", password: PASSWORD }, /username must be a non-empty string.*found an empty string/],
    [
      "password",
      { username: USERNAME, password: undefined as unknown as string },
      /password must be a non-empty string.*found undefined/,
    ],
    [
      "baseUrl",
      { username: USERNAME, password: PASSWORD, baseUrl: "aaaic-backend.example.com" },
      /baseUrl must be an absolute http\(s\) URL/,
    ],
    [
      "baseUrl that new URL rejects",
      { username: USERNAME, password: PASSWORD, baseUrl: "http://[aaaic-backend" },
      /baseUrl must be an absolute http\(s\) URL .*found "http:\/\/\[aaaic-backend"/,
    ],
    [
      "baseUrl with credentials in it",
      { username: USERNAME, password: PASSWORD, baseUrl: `http://user:${PASSWORD}@[bad` },
      /baseUrl must be an absolute http\(s\) URL .*found "http:\/\/\[redacted\]@\[bad"/,
    ],
  ])("rejects a bad %s, naming it without echoing a credential", (_field, options, message) => {
    expect(() => createCoandaClient(options)).toThrow(message);
    try {
      createCoandaClient(options);
    } catch (error) {
      expect((error as Error).message).not.toContain(PASSWORD);
    }
  });
});

describe("coandaTokenAuth options", () => {
  it("names a missing password without echoing the username", () => {
    expect(() => coandaTokenAuth({ baseUrl: "http://127.0.0.1:4011", username: USERNAME, password: "" })).toThrow(
      new TypeError(
        "coandaTokenAuth: password must be a non-empty string (your Coanda password/clientSecret), found an empty string",
      ),
    );
  });

  it("names a relative baseUrl", () => {
    expect(() => coandaTokenAuth({ baseUrl: "/user-service", username: USERNAME, password: PASSWORD })).toThrow(
      /coandaTokenAuth: baseUrl must be an absolute http\(s\) URL .*found "\/user-service"/,
    );
  });
});
