import { defaultFetch } from "../transport.js";
import { checkNonNegativeMs, checkPositiveMs, optionError } from "../validate.js";
import { DEFAULT_EXPIRY_MARGIN_MS } from "./oauth2.js";
import { type AuthProvider, credentialCache } from "./provider.js";
import { TOKEN_TIMEOUT_MS, tokenFetch } from "./token-request.js";

/** Options of {@link jwtFromEndpoint}. */
export interface JwtFromEndpointOptions {
  /**
   * Fetch a JWT. The `fetch` given times out and throws a typed error on a non-2xx answer
   * (UnauthorizedError for a refusal), with credentials redacted from the URL.
   */
  acquire: (fetch: typeof globalThis.fetch) => Promise<string>;
  /** Renew this long before the JWT's `exp` (default 30 000 ms). */
  expiryMarginMs?: number;
  /** Timeout of the token request (default 30 000 ms). */
  timeoutMs?: number;
  /** Transport for the token request (default: the runtime's own). */
  fetch?: typeof globalThis.fetch;
  /** Secrets to scrub from error messages (e.g. the password sent in the query). */
  secrets?: string[];
}

/** The `exp` claim of a JWT in epoch ms, or undefined when it has none or is not a JWT. */
export function jwtExpiry(jwt: string): number | undefined {
  const payload = jwt.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown };
    return typeof claims.exp === "number" && Number.isFinite(claims.exp) ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** Normalise a raw token body: trim, and unwrap a JSON string (`"eyJ…"`). */
function cleanToken(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('"')) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (typeof parsed === "string") return parsed.trim();
    } catch {
      // not JSON: keep as is
    }
  }
  return trimmed;
}

/** A bearer JWT obtained by `acquire`, cached until its `exp` minus a margin (until a 401 when it has no `exp`). */
export function jwtFromEndpoint(options: JwtFromEndpointOptions): AuthProvider {
  if (!options || typeof options !== "object") throw optionError("jwtFromEndpoint(options)", "an object", options);
  if (typeof options.acquire !== "function") throw optionError("jwtFromEndpoint: acquire", "a function (fetch) => Promise<string>", options.acquire);
  const margin = options.expiryMarginMs === undefined ? DEFAULT_EXPIRY_MARGIN_MS : checkNonNegativeMs("jwtFromEndpoint: expiryMarginMs", options.expiryMarginMs);
  const timeoutMs = options.timeoutMs === undefined ? TOKEN_TIMEOUT_MS : checkPositiveMs("jwtFromEndpoint: timeoutMs", options.timeoutMs);
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw optionError("jwtFromEndpoint: fetch", "a fetch function", options.fetch);
  const fetch = tokenFetch("JWT token request", options.fetch ?? defaultFetch, timeoutMs, options.secrets ?? []);

  const cache = credentialCache(async () => {
    const raw: unknown = await options.acquire(fetch);
    if (typeof raw !== "string" || cleanToken(raw) === "") {
      throw new TypeError(`jwtFromEndpoint: acquire() must resolve to the token string, got ${typeof raw === "string" ? "an empty string" : typeof raw}`);
    }
    const token = cleanToken(raw);
    const exp = jwtExpiry(token);
    return { value: `Bearer ${token}`, expiresAt: exp === undefined ? undefined : exp - margin };
  });

  return {
    authorize: () => cache.get(),
    onUnauthorized: (rejected) => cache.invalidate(rejected),
  };
}
