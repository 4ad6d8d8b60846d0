import { type AuthProvider, jwtFromEndpoint } from "@partner-apis/runtime";
import { checkBaseUrl, checkCredential } from "./options.js";

/** Path of Coanda's token endpoint, relative to the backend base URL. */
export const TOKEN_PATH = "/user-service/v1/token/acquire";

/** Options of {@link coandaTokenAuth}. */
export interface CoandaTokenAuthOptions {
  /** Backend base URL (`{BASE_BACKEND_URL}`), e.g. `https://aaaic-backend.ppd.rafa.3a-digital.fr`. */
  baseUrl: string;
  /** Your username/clientId. */
  username: string;
  /** Your password/clientSecret (never logged nor put in an error). */
  password: string;
  /** Renew the JWT this long before its `exp` (default 30 000 ms). */
  expiryMarginMs?: number;
  /** Transport for the token request (default: globalThis.fetch). */
  fetch?: typeof globalThis.fetch;
}

/** The token URL with `username` and `password` percent-encoded in the query, as the page requires. */
export function tokenUrl(baseUrl: string, username: string, password: string): string {
  // encodeURIComponent, not URLSearchParams: a space must travel as %20, never as a `+` a strict decoder keeps.
  return `${baseUrl.replace(/\/+$/, "")}${TOKEN_PATH}?username=${encodeURIComponent(username)}&password=${encodeURIComponent(password)}`;
}

/**
 * Coanda's JWT auth: `GET /user-service/v1/token/acquire?username=…&password=…` (`accept: text/plain`),
 * cached until the JWT's `exp` minus a margin, one acquisition shared by concurrent callers, renewed once after a 401.
 */
export function coandaTokenAuth(options: CoandaTokenAuthOptions): AuthProvider {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      `coandaTokenAuth(options): expected an object { baseUrl, username, password }, found ${options === null ? "null" : typeof options}`,
    );
  }
  const caller = "coandaTokenAuth";
  const username = checkCredential(caller, "username", options.username);
  const password = checkCredential(caller, "password", options.password);
  const url = tokenUrl(
    checkBaseUrl(caller, options.baseUrl, "https://aaaic-backend.ppd.rafa.3a-digital.fr"),
    username,
    password,
  );
  return jwtFromEndpoint({
    acquire: async (fetch) => {
      const response = await fetch(url, { method: "GET", headers: { accept: "text/plain" } });
      return response.text();
    },
    expiryMarginMs: options.expiryMarginMs,
    fetch: options.fetch,
    // The password travels in the query: scrub it, raw and encoded, from any error text.
    secrets: [password, encodeURIComponent(password)],
  });
}
