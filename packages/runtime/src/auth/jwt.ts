import { InvalidResponseError } from "../errors.js";
import { optionError } from "../validate.js";
import { tokenOptions } from "./oauth2.js";
import { type AuthProvider, credentialCache } from "./provider.js";
import { type TokenAnswer, tokenAnswer, tokenFetch } from "./token-request.js";

/** Options of {@link jwtFromEndpoint}. */
export interface JwtFromEndpointOptions {
  /**
   * Fetch a JWT. The `fetch` given runs under the API call's attempt (its `timeoutMs` and signal) and throws a typed
   * error on a non-2xx answer (UnauthorizedError for a refusal), with credentials redacted.
   */
  acquire: (fetch: typeof globalThis.fetch) => Promise<string>;
  /** Renew this long before the JWT's `exp` (default 30 000 ms). */
  expiryMarginMs?: number;
  /** An extra bound on the token request, in ms (default: only the API call's `timeoutMs`). */
  timeoutMs?: number;
  /** Transport for the token request (default: the platform's fetch). */
  fetch?: typeof globalThis.fetch;
  /** Credentials to scrub from every error and hook payload (e.g. the password sent in the query). */
  secrets?: string[];
}

/** The `exp` claim of a JWT in epoch ms, or undefined when it has none or is not a JWT. */
export function jwtExpiry(jwt: string): number | undefined {
  const payload = jwt.split(".")[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const text = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims = JSON.parse(text) as { exp?: unknown };
    return typeof claims.exp === "number" && Number.isFinite(claims.exp) ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** A token as an Authorization header carries it (RFC 6750 b64token): no spaces, no markup. */
const TOKEN = /^[\w.~+/-]+=*$/;

/** A bearer JWT obtained by `acquire`, cached until its `exp` minus a margin (until a 401 when it has no `exp`). */
export function jwtFromEndpoint(options: JwtFromEndpointOptions): AuthProvider {
  const name = "jwtFromEndpoint";
  if (typeof options?.acquire !== "function")
    throw optionError(`${name}: acquire`, "a function (fetch) => Promise<string>", options?.acquire);
  const { margin, timeoutMs, fetch } = tokenOptions(name, options);
  const label = "JWT token request";
  const given = [...(options.secrets ?? [])];
  const secrets = () => [...given, ...cache.issued()];

  const cache = credentialCache(async (signal) => {
    const send = tokenFetch(label, fetch, secrets, signal, timeoutMs);
    let last: TokenAnswer | undefined;
    let lastMethod = "GET";
    // Remember what answered, so that a token that is not one can be reported with its status and URL.
    const recording: typeof globalThis.fetch = async (input, init) => {
      const response = await send(input, init);
      lastMethod = (init?.method ?? "GET").toUpperCase();
      last = await tokenAnswer(response.clone(), String(input instanceof Request ? input.url : input));
      return response;
    };
    const raw: unknown = await options.acquire(recording);
    // A text body may arrive quoted as a JSON string.
    const token =
      typeof raw === "string"
        ? raw
            .trim()
            .replace(/^"(.*)"$/s, "$1")
            .trim()
        : "";
    if (!TOKEN.test(token)) {
      const found = typeof raw !== "string" ? typeof raw : token ? "text that is not a token" : "an empty string";
      const where = last ? `${lastMethod} ${last.url} → ${last.status}: ` : "";
      throw new InvalidResponseError(
        `${label} failed: ${where}expected the token string, got ${found}${last?.contentType ? ` (content-type ${last.contentType})` : ""}`,
        { status: last?.status ?? 0, body: undefined, method: lastMethod, url: last?.url ?? "", retries: 0 },
      );
    }
    const exp = jwtExpiry(token);
    return { value: `Bearer ${token}`, expiresAt: exp === undefined ? undefined : exp - margin };
  });

  return { authorize: cache.get, onUnauthorized: cache.invalidate, secrets };
}
