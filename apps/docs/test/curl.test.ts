// curl generation: base URL from <ID>_MOCK_URL, credentials from the registry's environment
// variables, the token call first for token-based auth kinds, bodies quoted safely for the shell.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { curlSample, mockUrlVariable, shellQuote } from "../src/curl.js";
import type { ProviderInfo } from "../src/providers.js";
import { PROVIDERS } from "../src/providers.js";
import type { AuthPlan, RequestPlan } from "../src/request-plan.js";

const base: ProviderInfo = {
  ...PROVIDERS[0]!,
  id: "acme",
  mockPort: 4999,
  credentials: [
    { option: "clientId", env: "ACME_ID" },
    { option: "clientSecret", env: "ACME_SECRET" },
  ],
};

const plan: RequestPlan = {
  operationId: "putThing",
  method: "PUT",
  path: "/things/{thing_id}",
  parameters: [
    { name: "thing_id", in: "path", required: true, value: "a b/c" },
    { name: "dry_run", in: "query", required: true, value: "true" },
    { name: "trace", in: "query", required: false, value: "" },
    { name: "X-Request-Id", in: "header", required: true, value: "r-1" },
  ],
  body: { contentType: "application/json", value: { name: "it's", weight: 7.5 } },
  successStatus: 200,
  secured: true,
};

describe("curl samples", () => {
  it("reads the base URL from <ID>_MOCK_URL, defaulting to the registry's mock port", () => {
    const script = curlSample(base, { kind: "http-basic", credentials: base.credentials }, plan);
    expect(mockUrlVariable(base)).toBe("ACME_MOCK_URL");
    expect(script).toContain('BASE="${ACME_MOCK_URL:-http://127.0.0.1:4999}"');
    expect(script).toContain('"$BASE/things/a%20b%2Fc?dry_run=true"');
    expect(script).not.toContain("trace=");
    expect(script).toContain("-H 'X-Request-Id: r-1'");
  });

  it("sends Basic credentials from the registry's environment variables", () => {
    const script = curlSample(base, { kind: "http-basic", credentials: base.credentials }, plan);
    expect(script).toContain('-u "$ACME_ID:$ACME_SECRET"');
  });

  it("fetches an OAuth2 token first and sends it as a bearer", () => {
    const auth: AuthPlan = {
      kind: "oauth2-client-credentials",
      credentials: base.credentials,
      token: {
        method: "POST",
        path: "/oauth2/token",
        carrier: "form",
        fields: ["client_id", "client_secret"],
        extra: { grant_type: "client_credentials" },
        response: "json",
      },
    };
    const script = curlSample(base, auth, plan);
    const token = script.indexOf("TOKEN=$(curl");
    expect(token).toBeGreaterThan(0);
    expect(script.indexOf("curl -sS -i -X PUT")).toBeGreaterThan(token);
    expect(script).toContain('--data-urlencode "client_id=$ACME_ID"');
    expect(script).toContain("--data-urlencode 'grant_type=client_credentials'");
    expect(script).toContain('-H "Authorization: Bearer $TOKEN"');
  });

  it("acquires a JWT with query credentials, and shows the token call itself as its own sample", () => {
    const auth: AuthPlan = {
      kind: "jwt-bearer",
      credentials: base.credentials,
      token: {
        method: "GET",
        path: "/token",
        carrier: "query",
        fields: ["username", "password"],
        extra: {},
        response: "text",
      },
    };
    expect(curlSample(base, auth, plan)).toContain('TOKEN=$(curl -sS --fail -G "$BASE/token"');
    const own = curlSample(base, auth, { ...plan, method: "GET", path: "/token", parameters: [], secured: false });
    expect(own).toContain('curl -sS -i -G "$BASE/token"');
    expect(own).toContain('--data-urlencode "username=$ACME_ID"');
  });

  it("quotes bodies for the shell, numbers staying numbers", () => {
    const script = curlSample(base, { kind: "http-basic", credentials: base.credentials }, plan);
    expect(script).toContain(`--data-binary ${shellQuote(JSON.stringify(plan.body!.value, null, 2))}`);
    expect(execFileSync("bash", ["-c", `printf %s ${shellQuote("it's $HOME `x`")}`]).toString()).toBe("it's $HOME `x`");
    expect(script).toContain('"weight": 7.5');
  });

  it("writes its comments in the page's language", () => {
    const script = curlSample(base, { kind: "http-basic", credentials: base.credentials }, plan, "fr");
    expect(script).toContain("# identifiants lus dans ACME_ID, ACME_SECRET");
  });
});
