// The client's OAuth2 token handling against a real local HTTP server.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPremiumsClient, type PremiumsClientOptions, UnauthorizedError } from "../src/index.js";
import { type FakePremiums, type FakePremiumsOptions, startFakePremiums } from "./helpers/fake-premiums.js";

const body = { period_start: "2025-01-01", period_end: "2025-12-31", email: "finance@example.com" };
const SECRET = "s3cr3t-value-that-must-not-leak";

let fake: FakePremiums | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await fake?.close();
  fake = undefined;
});

async function setup(fakeOptions: FakePremiumsOptions = {}, clientOptions: Partial<PremiumsClientOptions> = {}) {
  fake = await startFakePremiums(fakeOptions);
  const client = createPremiumsClient({
    baseUrl: fake.url,
    clientId: "partner-client",
    clientSecret: SECRET,
    retry: false,
    ...clientOptions,
  });
  const simulate = () => client.throwing.POST("/v2/seance/period/simulate-closed", { body });
  return { fake, client, simulate };
}

describe("token requests", () => {
  it("POSTs the client-credentials grant with the premiums:write scope to <baseUrl>/oauth2/token", async () => {
    const { fake, simulate } = await setup();
    await simulate();
    expect(fake.tokenCalls).toHaveLength(1);
    const [call] = fake.tokenCalls;
    expect(call!.path).toBe("/oauth2/token");
    expect(call!.form.get("grant_type")).toBe("client_credentials");
    expect(call!.form.get("scope")).toBe("premiums:write");
    const sentId =
      call!.form.get("client_id") ??
      Buffer.from(call!.authorization?.replace(/^Basic /, "") ?? "", "base64")
        .toString()
        .split(":")[0];
    expect(sentId).toBe("partner-client");
    expect(fake.apiCalls[0]!.authorization).toBe("Bearer token-1");
  });

  it("uses a custom scope and a relative tokenUrl under baseUrl", async () => {
    const { fake, simulate } = await setup(
      { tokenPath: "/auth/token" },
      { tokenUrl: "auth/token", scope: "premiums:write premiums:read" },
    );
    await simulate();
    expect(fake.tokenCalls[0]!.path).toBe("/auth/token");
    expect(fake.tokenCalls[0]!.form.get("scope")).toBe("premiums:write premiums:read");
  });

  it("caches the token: two calls, one token request", async () => {
    const { fake, simulate } = await setup();
    await simulate();
    await simulate();
    expect(fake.tokenCalls).toHaveLength(1);
    expect(fake.apiCalls.map((call) => call.authorization)).toEqual(["Bearer token-1", "Bearer token-1"]);
  });

  it("shares one token request between 20 concurrent calls", async () => {
    const { fake, simulate } = await setup({ tokenDelayMs: 50 });
    const results = await Promise.all(Array.from({ length: 20 }, simulate));
    expect(results).toHaveLength(20);
    expect(fake.tokenCalls).toHaveLength(1);
    expect(fake.apiCalls).toHaveLength(20);
    expect(new Set(fake.apiCalls.map((call) => call.authorization))).toEqual(new Set(["Bearer token-1"]));
  });

  it("fetches a new token once the old one expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // 60 s lifetime, renewed 30 s early (the default margin): usable for 30 s.
    const { fake, simulate } = await setup({ expiresIn: 60 });
    await simulate();
    vi.setSystemTime(Date.now() + 29_000);
    await simulate();
    expect(fake.tokenCalls).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await simulate();
    expect(fake.tokenCalls).toHaveLength(2);
    expect(fake.apiCalls.map((call) => call.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("honours tokenExpiryMarginMs", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { fake, simulate } = await setup({ expiresIn: 60 }, { tokenExpiryMarginMs: 0 });
    await simulate();
    vi.setSystemTime(Date.now() + 59_000);
    await simulate();
    expect(fake.tokenCalls).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await simulate();
    expect(fake.tokenCalls).toHaveLength(2);
  });

  it("after a 401 fetches one new token and retries the call once", async () => {
    const { fake, simulate } = await setup({ rejectTokens: new Set(["token-1"]) });
    const data = await simulate();
    expect(data.data.status_details).toBe("SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS");
    expect(fake.tokenCalls).toHaveLength(2);
    expect(fake.apiCalls.map((call) => call.authorization)).toEqual(["Bearer token-1", "Bearer token-2"]);
  });

  it("gives up with UnauthorizedError when the fresh token is refused too (one retry, not a loop)", async () => {
    const { fake, simulate } = await setup({ rejectTokens: new Set(["token-1", "token-2", "token-3"]) });
    const error: unknown = await simulate().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).status).toBe(401);
    expect(fake.tokenCalls).toHaveLength(2);
    expect(fake.apiCalls).toHaveLength(2);
  });

  it("a refused token request rejects with UnauthorizedError that does not show the secret", async () => {
    const { fake, client } = await setup({ tokenStatus: 401 });
    const { data, error, response } = await client
      .POST("/v2/seance/period/simulate-closed", { body })
      .then((result) => ({ ...result, error: result.error as unknown }))
      .catch((caught: unknown) => ({ data: undefined, error: caught, response: undefined }));
    expect(data).toBeUndefined();
    expect(response).toBeUndefined();
    expect(error).toBeInstanceOf(UnauthorizedError);
    const text = `${String(error)} ${(error as Error).stack ?? ""} ${JSON.stringify(error)}`;
    expect(text).not.toContain(SECRET);
    expect(fake.apiCalls).toHaveLength(0);
  });
});
