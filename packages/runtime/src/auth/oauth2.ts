import { defaultFetch } from "../transport.js";
import { checkNonNegativeMs, checkPositiveMs, checkSecret, checkString, optionError } from "../validate.js";
import { type AuthProvider, credentialCache } from "./provider.js";
import { TOKEN_TIMEOUT_MS, readBody, tokenFetch } from "./token-request.js";

/** Options of {@link oauth2ClientCredentials}. */
export interface OAuth2ClientCredentialsOptions {
  /** Absolute URL of the token endpoint. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes, sent as `scope` when given. */
  scope?: string;
  /** Renew this long before `expires_in` runs out (default 30 000 ms). */
  expiryMarginMs?: number;
  /** Timeout of the token request (default 30 000 ms). */
  timeoutMs?: number;
  /** Transport for the token request (default: the runtime's own). */
  fetch?: typeof globalThis.fetch;
}

export const DEFAULT_EXPIRY_MARGIN_MS = 30_000;

/** OAuth 2.0 client credentials: fetch a bearer token from `tokenUrl`, cache it until `expires_in` minus a margin. */
export function oauth2ClientCredentials(options: OAuth2ClientCredentialsOptions): AuthProvider {
  if (!options || typeof options !== "object") throw optionError("oauth2ClientCredentials(options)", "an object", options);
  const tokenUrl = checkString("oauth2ClientCredentials: tokenUrl", options.tokenUrl);
  if (!/^https?:\/\//i.test(tokenUrl)) throw optionError("oauth2ClientCredentials: tokenUrl", "an absolute http(s) URL", tokenUrl);
  const clientId = checkSecret("oauth2ClientCredentials: clientId", options.clientId);
  const clientSecret = checkSecret("oauth2ClientCredentials: clientSecret", options.clientSecret);
  if (options.scope !== undefined) checkString("oauth2ClientCredentials: scope", options.scope);
  const margin = options.expiryMarginMs === undefined ? DEFAULT_EXPIRY_MARGIN_MS : checkNonNegativeMs("oauth2ClientCredentials: expiryMarginMs", options.expiryMarginMs);
  const timeoutMs = options.timeoutMs === undefined ? TOKEN_TIMEOUT_MS : checkPositiveMs("oauth2ClientCredentials: timeoutMs", options.timeoutMs);
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw optionError("oauth2ClientCredentials: fetch", "a fetch function", options.fetch);
  const label = "OAuth2 token request";
  const fetch = tokenFetch(label, options.fetch ?? defaultFetch, timeoutMs, [clientSecret]);

  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret });
  if (options.scope) form.set("scope", options.scope);
  const body = form.toString();

  const cache = credentialCache(async () => {
    const response = await fetch(tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
    });
    const requestedAt = Date.now();
    const payload = (await readBody(response)) as Record<string, unknown> | string;
    const token = typeof payload === "object" && payload ? payload.access_token : undefined;
    if (typeof token !== "string" || token === "") {
      throw new TypeError(`${label} failed: the response of POST ${tokenUrl.split("?")[0]} has no access_token string (got ${typeof payload === "object" && payload ? `keys ${Object.keys(payload).join(", ") || "none"}` : "a non-JSON body"})`);
    }
    const expiresIn = Number(payload && typeof payload === "object" ? payload.expires_in : undefined);
    const expiresAt = Number.isFinite(expiresIn) && expiresIn > 0 ? requestedAt + Math.max(0, expiresIn * 1000 - margin) : undefined;
    return { value: `Bearer ${token}`, expiresAt };
  });

  return {
    authorize: () => cache.get(),
    onUnauthorized: (rejected) => cache.invalidate(rejected),
  };
}
