import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApiClient, type Hooks, httpBasic, jwtFromEndpoint, oauth2ClientCredentials } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { drop, json, type ScriptedServer, slow, startServer } from "./helpers/server.js";
import { makeJwt } from "./helpers/tokens.js";

const CLIENT_SECRET = "cs-9f8e7d6c5b4a";
const ACCESS_TOKEN = "at-1a2b3c4d5e6f";
const PASSWORD = "pw-0q9w8e7r6t";
const JWT = makeJwt({ sub: "me", exp: Math.floor(Date.now() / 1000) + 3600 });
const BASIC_SECRET = "bs-zyxwvut54321";
const SECRETS = [
  CLIENT_SECRET,
  ACCESS_TOKEN,
  PASSWORD,
  JWT,
  BASIC_SECRET,
  Buffer.from(`key-id:${BASIC_SECRET}`).toString("base64"),
];

let api: ScriptedServer;
let auth: ScriptedServer;
beforeEach(async () => {
  api = await startServer();
  auth = await startServer((req, res) => {
    if (req.url?.startsWith("/oauth2/token")) json(200, { access_token: ACCESS_TOKEN, expires_in: 3600 })(req, res, "");
    else {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(JWT);
    }
  });
});
afterEach(async () => {
  await api.close();
  await auth.close();
});

/** Everything a user could print: message, stack, inspect (with causes), JSON. */
function dump(value: unknown): string {
  const error = value as Error;
  return [
    String(error?.message),
    String(error?.stack),
    inspect(value, { depth: 8, showHidden: true }),
    JSON.stringify(value) ?? "",
  ].join("\n");
}

function recordingHooks(events: unknown[]): Hooks {
  return {
    onRequest: (event) => void events.push(event),
    onResponse: (event) => void events.push(event),
    onRetry: (event) => void events.push(event),
  };
}

const providers = {
  oauth2: () =>
    oauth2ClientCredentials({
      tokenUrl: `${auth.url}/oauth2/token`,
      clientId: "client-id",
      clientSecret: CLIENT_SECRET,
    }),
  jwt: () =>
    jwtFromEndpoint({
      acquire: async (fetch) =>
        (await fetch(`${auth.url}/token/acquire?username=me%40example.com&password=${PASSWORD}`)).text(),
      secrets: [PASSWORD],
    }),
  basic: () => httpBasic({ username: "key-id", password: BASIC_SECRET }),
};

describe.each(Object.entries(providers))("credentials of %s never leak", (_name, provider) => {
  it("through errors of every kind and through hook payloads", async () => {
    const events: unknown[] = [];
    const errors: unknown[] = [];
    const c = createApiClient<paths>({
      baseUrl: api.url,
      auth: provider(),
      retry: { baseDelayMs: 1, maxRetries: 1 },
      timeoutMs: 100,
      hooks: recordingHooks(events),
    });
    const attempt = async (setup: () => void, run: () => Promise<unknown>) => {
      setup();
      errors.push(await run().catch((e: unknown) => e));
      api.clear();
    };
    await attempt(
      () => api.next(json(401, { msg: "no" }), json(401, { msg: "no" })),
      () => c.throwing.GET("/slow"),
    );
    await attempt(
      () => api.next(json(503, {}), json(503, {})),
      () => c.throwing.GET("/slow"),
    );
    await attempt(
      () => api.next(json(404, {})),
      () => c.throwing.GET("/items/{item_id}", { params: { path: { item_id: "x" } } }),
    );
    await attempt(
      () => api.next(drop, drop),
      () => c.GET("/slow"),
    );
    await attempt(
      () => api.next(slow(1000), slow(1000)),
      () => c.GET("/slow"),
    );
    await attempt(
      () => undefined,
      () => c.GET("/slow", { signal: AbortSignal.abort() }),
    );
    expect(errors.every((e) => e instanceof Error)).toBe(true);
    expect(events.length).toBeGreaterThan(10);
    // The credential was really sent, so the search below is meaningful.
    expect(api.requests.some((r) => SECRETS.some((s) => r.headers.authorization?.includes(s)))).toBe(true);

    const everything = [...errors.map(dump), inspect(events, { depth: 8 }), JSON.stringify(events)].join("\n");
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    expect(everything).toContain("[redacted]");
  });
});

it("failed token requests do not leak the secret either", async () => {
  auth.next(json(401, { error: "invalid_client" }));
  const events: unknown[] = [];
  const oauthError = await createApiClient<paths>({
    baseUrl: api.url,
    auth: providers.oauth2(),
    hooks: recordingHooks(events),
  })
    .GET("/slow")
    .catch((e: unknown) => e);
  auth.next(json(403, { message: "locked" }));
  const jwtError = await createApiClient<paths>({ baseUrl: api.url, auth: providers.jwt() })
    .GET("/slow")
    .catch((e: unknown) => e);
  const closed = await startServer();
  await closed.close();
  const unreachable = await createApiClient<paths>({
    baseUrl: api.url,
    retry: false,
    auth: jwtFromEndpoint({
      acquire: async (fetch) => (await fetch(`${closed.url}/token?password=${PASSWORD}`)).text(),
      secrets: [PASSWORD],
    }),
  })
    .GET("/slow")
    .catch((e: unknown) => e);
  const everything = [oauthError, jwtError, unreachable].map(dump).join("\n") + inspect(events);
  expect(everything).toContain("token request failed");
  for (const secret of SECRETS) expect(everything).not.toContain(secret);
});
