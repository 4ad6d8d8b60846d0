import { InvalidResponseError } from "../errors.js";
import { checkMs, checkSecret, isHttpUrl, optionError } from "../validate.js";
import { type AuthProvider, credentialCache } from "./provider.js";
import { tokenAnswer, tokenFetch, tokenJson } from "./token-request.js";

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
  /**
   * An extra bound on the token request, in ms. Without it the token request is bounded by the API call's own
   * `timeoutMs` and signal (it runs inside the call's attempt), which is what you usually want.
   */
  timeoutMs?: number;
  /** Transport for the token request (default: the platform's fetch). */
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
    timeoutMs: timeoutMs === undefined ? undefined : checkMs(`${name}: timeoutMs`, timeoutMs, 0),
    fetch,
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
  const secrets = () => [clientSecret, form.toString(), ...cache.issued()];
  const method = "POST";

  const cache = credentialCache(async (signal) => {
    const requestedAt = Date.now();
    const response = await tokenFetch(
      label,
      fetch,
      secrets,
      signal,
      timeoutMs,
    )(tokenUrl, {
      method,
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: form.toString(),
    });
    const answer = await tokenAnswer(response, tokenUrl);
    const payload = tokenJson(label, answer, method) as { access_token?: unknown; expires_in?: unknown } | null;
    const token = payload?.access_token;
    if (typeof token !== "string" || !token) {
      const found =
        typeof payload === "object" && payload ? `keys ${Object.keys(payload).join(", ") || "(none)"}` : "no object";
      throw new InvalidResponseError(
        `${label} failed: ${method} ${answer.url} → ${answer.status}: expected a JSON object with an access_token string, got ${found}`,
        { status: answer.status, body: undefined, method, url: answer.url, retries: 0 },
      );
    }
    const expiresIn = Number(payload.expires_in);
    return {
      value: `Bearer ${token}`,
      expiresAt: expiresIn > 0 ? requestedAt + Math.max(0, expiresIn * 1000 - margin) : undefined,
    };
  });

  return { authorize: cache.get, onUnauthorized: cache.invalidate, secrets };
}
