import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/start-mock.js";

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"));

describe("credentials and tokens on demand", () => {
  let now = Date.parse("2030-01-01T00:00:00Z");
  const clock = () => now;
  const mocks: RunningMock[] = [];
  let premiums: RunningMock;
  let coanda: RunningMock;
  let seyna: RunningMock;
  beforeAll(async () => {
    [premiums, coanda, seyna] = await Promise.all([
      startMock("premiums", {
        port: 0,
        clock,
        tokenLifetimeSeconds: 60,
        credentials: { clientId: "good-id", clientSecret: "good-secret" },
      }),
      startMock("coanda", { port: 0, clock, credentials: { username: "user@example.com", password: "pw" } }),
      startMock("seyna", { port: 0, credentials: { apiKeyId: "key-id", apiKeySecret: "key-secret" } }),
    ]);
    mocks.push(premiums, coanda, seyna);
  });
  afterAll(async () => {
    await Promise.all(mocks.map((mock) => mock.stop()));
  });

  const premiumsToken = (id: string, secret: string) =>
    fetch(`${premiums.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: id, client_secret: secret }).toString(),
    });
  const simulate = (token: string) =>
    fetch(`${premiums.url}/v2/seance/period/simulate-closed`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ period_start: "2025-01-01", period_end: "2025-12-31", email: "finance@example.com" }),
    });

  it("Premiums: the configured pair gets a JWT whose exp is the clock plus the lifetime", async () => {
    const answer = await premiumsToken("good-id", "good-secret");
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { access_token: string; expires_in: number };
    expect(body.expires_in).toBe(60);
    expect(payloadOf(body.access_token)).toMatchObject({ sub: "good-id", iat: now / 1000, exp: now / 1000 + 60 });
    expect((await simulate(body.access_token)).status).toBe(200);
  });

  it("Premiums: another secret gets the documented 401 in the OAuth2 shape, naming no secret", async () => {
    const answer = await premiumsToken("good-id", "wrong");
    expect(answer.status).toBe(401);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body.error).toBe("invalid_client");
    expect(String(body.error_description)).toContain("wrong secret");
    expect(JSON.stringify(body)).not.toContain("good-secret");
  });

  it("Premiums: a token past its exp gets the documented 401 in Premiums' envelope, so a client refreshes", async () => {
    const token = ((await (await premiumsToken("good-id", "good-secret")).json()) as { access_token: string })
      .access_token;
    now += 61_000;
    const answer = await simulate(token);
    expect(answer.status).toBe(401);
    const body = (await answer.json()) as { status: number; data: { message: string } };
    expect(body.status).toBe(401);
    expect(body.data.message).toMatch(/expired at/);
    expect(answer.headers.get("www-authenticate")).toContain("invalid_token");
  });

  it("Premiums: with credentials configured, a token this mock did not issue is refused", async () => {
    const forged = `${Buffer.from('{"alg":"HS256"}').toString("base64url")}.${Buffer.from('{"sub":"x","exp":4102444800}').toString("base64url")}.c2ln`;
    const answer = await simulate(forged);
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { data: { message: string } }).data.message).toContain("did not issue");
  });

  it("Coanda: the configured username/password gets a JWT; another password gets the documented 401", async () => {
    const ok = await fetch(`${coanda.url}/user-service/v1/token/acquire?username=user%40example.com&password=pw`);
    expect(ok.status).toBe(200);
    expect(payloadOf(await ok.text())).toMatchObject({ sub: "user@example.com", exp: Math.floor(now / 1000) + 3600 });
    const refused = await fetch(
      `${coanda.url}/user-service/v1/token/acquire?username=user%40example.com&password=nope`,
    );
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ status: 401, error: "Unauthorized" });
  });

  it("Seyna: only the configured API key pair is accepted; others get the documented 401 in Seyna's shape", async () => {
    const ok = await fetch(`${seyna.url}/portfolios`, { headers: { authorization: basic("key-id", "key-secret") } });
    expect(ok.status).toBe(200);
    const refused = await fetch(`${seyna.url}/portfolios`, { headers: { authorization: basic("key-id", "other") } });
    expect(refused.status).toBe(401);
    const body = (await refused.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ object: "error", status: 401, type: "unauthorized" });
    expect(String(body.msg)).toContain("wrong secret");
  });

  it("by default any well-formed credential is accepted", async () => {
    const open = await startMock("seyna", { port: 0 });
    try {
      const answer = await fetch(`${open.url}/portfolios`, { headers: { authorization: basic("any", "thing") } });
      expect(answer.status).toBe(200);
    } finally {
      await open.stop();
    }
  });
});
