import { optionError } from "../validate.js";
import { tokenOptions } from "./oauth2.js";
import { type AuthProvider, credentialCache } from "./provider.js";
import { tokenFetch } from "./token-request.js";

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
  /** Transport for the token request (default: globalThis.fetch). */
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

/** A bearer JWT obtained by `acquire`, cached until its `exp` minus a margin (until a 401 when it has no `exp`). */
export function jwtFromEndpoint(options: JwtFromEndpointOptions): AuthProvider {
  const name = "jwtFromEndpoint";
  if (typeof options?.acquire !== "function")
    throw optionError(`${name}: acquire`, "a function (fetch) => Promise<string>", options?.acquire);
  const { margin, timeoutMs, fetch } = tokenOptions(name, options);
  const request = tokenFetch("JWT token request", fetch, timeoutMs, options.secrets ?? []);

  const cache = credentialCache(async () => {
    const raw: unknown = await options.acquire(request);
    // A text body may arrive quoted as a JSON string.
    const token =
      typeof raw === "string"
        ? raw
            .trim()
            .replace(/^"(.*)"$/s, "$1")
            .trim()
        : "";
    if (!token)
      throw new TypeError(
        `${name}: acquire() must resolve to the token string, got ${typeof raw === "string" ? "an empty string" : typeof raw}`,
      );
    const exp = jwtExpiry(token);
    return { value: `Bearer ${token}`, expiresAt: exp === undefined ? undefined : exp - margin };
  });

  return { authorize: cache.get, onUnauthorized: cache.invalidate };
}
