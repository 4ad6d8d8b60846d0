import { readBody } from "../request.js";
import { checkMs, checkSecret, isHttpUrl, optionError } from "../validate.js";
import { type AuthProvider, credentialCache } from "./provider.js";
import { TOKEN_TIMEOUT_MS, tokenFetch } from "./token-request.js";

/** Options of {@link oauth2ClientCredentials}. */
export interface OAuth2ClientCredentialsOptions {
  /** Absolute URL of the token endpoint. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes, sent as `scope` when given. */
  scope?: string;
  /** Renew this long before `expires_in` runs out (default 30 000 ms; the cached lifetime never goes below 0). */
  expiryMarginMs?: number;
  /** Timeout of the token request (default 30 000 ms). */
  timeoutMs?: number;
  /** Transport for the token request (default: globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_EXPIRY_MARGIN_MS = 30_000;

/** Shared checks of the token providers' common options. */
export function tokenOptions(
  name: string,
  options: { expiryMarginMs?: number; timeoutMs?: number; fetch?: typeof globalThis.fetch },
) {
  const { expiryMarginMs: margin, timeoutMs, fetch } = options;
  if (fetch !== undefined && typeof fetch !== "function") throw optionError(`${name}: fetch`, "a function", fetch);
  return {
    margin: checkMs(`${name}: expiryMarginMs`, margin, DEFAULT_EXPIRY_MARGIN_MS, true),
    timeoutMs: checkMs(`${name}: timeoutMs`, timeoutMs, TOKEN_TIMEOUT_MS),
    fetch: fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)),
  };
}

/** OAuth 2.0 client credentials: a bearer token from `tokenUrl`, cached until `expires_in` minus a margin. */
export function oauth2ClientCredentials(options: OAuth2ClientCredentialsOptions): AuthProvider {
  const name = "oauth2ClientCredentials";
  if (typeof options !== "object" || !options) throw optionError(`${name}(options)`, "an object", options);
  const { tokenUrl, scope } = options;
  if (!isHttpUrl(tokenUrl)) throw optionError(`${name}: tokenUrl`, "an absolute http(s) URL", tokenUrl);
  if (scope !== undefined && typeof scope !== "string") throw optionError(`${name}: scope`, "a string", scope);
  const clientSecret = checkSecret(`${name}: clientSecret`, options.clientSecret);
  const form = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: checkSecret(`${name}: clientId`, options.clientId),
    client_secret: clientSecret,
  });
  if (scope) form.set("scope", scope);
  const { margin, timeoutMs, fetch } = tokenOptions(name, options);
  const label = "OAuth2 token request";
  const request = tokenFetch(label, fetch, timeoutMs, [clientSecret]);

  const cache = credentialCache(async () => {
    const requestedAt = Date.now();
    const response = await request(tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
    });
    const payload = (await readBody(response)) as { access_token?: unknown; expires_in?: unknown } | null;
    const token = payload?.access_token;
    if (typeof token !== "string" || !token) {
      throw new TypeError(
        `${label} failed: expected a JSON body with an access_token string, got ${typeof payload === "object" && payload ? `keys ${Object.keys(payload).join(", ")}` : "no JSON object"}`,
      );
    }
    const expiresIn = Number(payload.expires_in);
    return {
      value: `Bearer ${token}`,
      expiresAt: expiresIn > 0 ? requestedAt + Math.max(0, expiresIn * 1000 - margin) : undefined,
    };
  });

  return { authorize: cache.get, onUnauthorized: cache.invalidate };
}
