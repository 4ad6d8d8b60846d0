// No credential, of any length, in anything a user can print: message, stack, inspect, JSON, hook payloads, the
// result's `error` — also when the server echoes it back. Deterministic: the timeout case uses a server that never
// answers, so no answer can race the timer.
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type AuthProvider,
  createApiClient,
  type Hooks,
  httpBasic,
  jwtFromEndpoint,
  oauth2ClientCredentials,
} from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { drop, type Handler, json, type ScriptedServer, stall, startServer } from "./helpers/server.js";
import { makeJwt } from "./helpers/tokens.js";

/** Long credentials, and 1–3 character ones made of characters no message, URL, path or stack frame contains. */
const CREDENTIALS = {
  long: {
    clientSecret: "cs-9f8e7d6c5b4a",
    token: "at-1a2b3c4d5e6f",
    password: "pw-0q9w8e7r6t",
    basic: "bs-zyxwvut54321",
  },
  short: { clientSecret: "§", token: "¤¤", password: "ж!", basic: "ŧ" },
};
type Credentials = (typeof CREDENTIALS)["long"];

let api: ScriptedServer;
let auth: ScriptedServer;
let current: Credentials;
let jwt: string;
beforeEach(async () => {
  api = await startServer();
  auth = await startServer((req, res) => {
    if (req.url?.startsWith("/oauth2/token"))
      json(200, { access_token: current.token, expires_in: 3600 })(req, res, "");
    else {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(jwt);
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

/** The provider under test and every form its credentials travel in. */
function setup(
  kind: "oauth2" | "jwt" | "basic",
  credentials: Credentials,
): { provider: AuthProvider; secrets: string[] } {
  current = credentials;
  if (kind === "oauth2") {
    return {
      provider: oauth2ClientCredentials({
        tokenUrl: `${auth.url}/oauth2/token`,
        clientId: "client-id",
        clientSecret: credentials.clientSecret,
      }),
      secrets: [credentials.clientSecret, encodeURIComponent(credentials.clientSecret), credentials.token],
    };
  }
  if (kind === "jwt") {
    // A JWT with the short token in a claim: the whole JWT is the credential.
    jwt = makeJwt({ sub: "me", exp: Math.floor(Date.now() / 1000) + 3600 });
    return {
      provider: jwtFromEndpoint({
        acquire: async (fetch) =>
          (
            await fetch(
              `${auth.url}/token/acquire?username=me%40example.com&password=${encodeURIComponent(credentials.password)}`,
            )
          ).text(),
        secrets: [credentials.password],
      }),
      secrets: [credentials.password, encodeURIComponent(credentials.password), jwt],
    };
  }
  return {
    provider: httpBasic({ username: "key-id", password: credentials.basic }),
    secrets: [credentials.basic, btoa(unescape(encodeURIComponent(`key-id:${credentials.basic}`)))],
  };
}

/** A server that echoes the credential it received, in its body and in a header. */
const echoing =
  (status: number, secrets: string[]): Handler =>
  (req, res) =>
    json(
      status,
      { msg: `bad credential ${req.headers.authorization} / ${secrets.join(" ")}`, got: secrets },
      // Header values are bytes: a non-ASCII credential is echoed percent-encoded, as a server would.
      { "x-echo": secrets.map(encodeURIComponent).join(" "), "x-request-id": "req-1" },
    )(req, res, "");

describe.each(["oauth2", "jwt", "basic"] as const)("credentials of %s never leak", (kind) => {
  it.each(["long", "short"] as const)(
    "%s credentials: through errors of every kind and hook payloads",
    async (length) => {
      const { provider, secrets } = setup(kind, CREDENTIALS[length]);
      const events: unknown[] = [];
      const printed: unknown[] = [];
      const c = createApiClient<paths>({
        baseUrl: api.url,
        auth: provider,
        retry: { baseDelayMs: 1, maxRetries: 1 },
        hooks: recordingHooks(events),
      });
      const attempt = async (handlers: Handler[], run: () => Promise<unknown>) => {
        api.next(...handlers);
        printed.push(await run().catch((e: unknown) => e));
        api.clear();
      };
      await attempt([json(401, { msg: "no" }), json(401, { msg: "no" })], () => c.throwing.GET("/slow"));
      await attempt([json(503, {}), json(503, {})], () => c.throwing.GET("/slow"));
      await attempt([json(404, {})], () => c.throwing.GET("/items/{item_id}", { params: { path: { item_id: "x" } } }));
      await attempt([echoing(400, secrets)], () => c.throwing.GET("/slow"));
      await attempt([echoing(400, secrets)], async () => (await c.GET("/slow")).error);
      await attempt([echoing(503, secrets), echoing(503, secrets)], () => c.throwing.GET("/slow"));
      await attempt([drop, drop], () => c.GET("/slow"));
      await attempt([stall], () => c.GET("/slow", { timeoutMs: 100, retry: false }));
      await attempt([], () => c.GET("/slow", { signal: AbortSignal.abort() }));
      expect(printed.filter((e) => e instanceof Error)).toHaveLength(8);
      expect(events.length).toBeGreaterThan(10);
      // The credential was really sent and echoed, so the search below is meaningful.
      expect(api.requests.some((r) => r.headers.authorization?.includes(secrets.at(-1) as string))).toBe(true);

      const everything = [...printed.map(dump), inspect(events, { depth: 8 }), JSON.stringify(events)].join("\n");
      for (const secret of secrets) expect(everything).not.toContain(secret);
      expect(everything).toContain("[redacted]");
      expect(everything).toContain("req-1");
    },
  );
});

it.each(["long", "short"] as const)("failed token requests do not leak %s secrets either", async (length) => {
  const credentials = CREDENTIALS[length];
  const oauth2 = setup("oauth2", credentials);
  // The token endpoint echoes the secret it was sent.
  auth.next((req, res, body) => json(401, { error: "invalid_client", echo: body, url: req.url })(req, res, body));
  const events: unknown[] = [];
  const oauthError = await createApiClient<paths>({
    baseUrl: api.url,
    auth: oauth2.provider,
    hooks: recordingHooks(events),
  })
    .GET("/slow")
    .catch((e: unknown) => e);
  const jwtSetup = setup("jwt", credentials);
  auth.next((req, res) => json(403, { message: `locked: ${req.url}` })(req, res, ""));
  const jwtError = await createApiClient<paths>({ baseUrl: api.url, auth: jwtSetup.provider })
    .GET("/slow")
    .catch((e: unknown) => e);
  const closed = await startServer();
  await closed.close();
  const unreachable = await createApiClient<paths>({
    baseUrl: api.url,
    retry: false,
    auth: jwtFromEndpoint({
      acquire: async (fetch) =>
        (await fetch(`${closed.url}/token?password=${encodeURIComponent(credentials.password)}`)).text(),
      secrets: [credentials.password],
    }),
  })
    .GET("/slow")
    .catch((e: unknown) => e);
  const everything = [oauthError, jwtError, unreachable].map(dump).join("\n") + inspect(events);
  expect(everything).toContain("token request failed");
  expect(auth.requests[0]?.body).toContain(encodeURIComponent(credentials.clientSecret));
  for (const secret of [...oauth2.secrets, ...jwtSetup.secrets]) expect(everything).not.toContain(secret);
});
