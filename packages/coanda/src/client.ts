import { createApiClient, type ApiClient, type ApiClientOptions } from "@partner-apis/runtime";
import type { paths } from "./generated/coanda.js";
import { coandaTokenAuth } from "./token.js";

/** Coanda's pre-production backend, the host of every example in Coanda's documentation. */
export const COANDA_PREPRODUCTION_URL = "https://aaaic-backend.ppd.rafa.3a-digital.fr";

/** Options of {@link createCoandaClient}: Coanda credentials, plus every runtime option but `auth`. */
export interface CoandaClientOptions extends Omit<ApiClientOptions, "baseUrl" | "auth"> {
  /** Backend base URL (`{BASE_BACKEND_URL}`); default pre-production. Point it at the mock (`http://127.0.0.1:4011`) in tests. */
  baseUrl?: string;
  /** Your username/clientId, sent URL-encoded to the token endpoint. */
  username: string;
  /** Your password/clientSecret, sent URL-encoded to the token endpoint (never logged nor put in an error). */
  password: string;
  /** Renew the JWT this long before its `exp` (default 30 000 ms). */
  tokenExpiryMarginMs?: number;
}

/** A typed Coanda client: openapi-fetch's `GET`/`POST`… returning `{ data, error, response }`, and `throwing`. */
export type CoandaClient = ApiClient<paths>;

/** Creates a Coanda client that acquires its JWT from the token endpoint and renews it before `exp` and after a 401. */
export function createCoandaClient(options: CoandaClientOptions): CoandaClient {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`createCoandaClient(options): expected an object { username, password, baseUrl? }, found ${options === null ? "null" : typeof options}`);
  }
  const { username, password, baseUrl = COANDA_PREPRODUCTION_URL, tokenExpiryMarginMs, ...rest } = options;
  requireCredential("username", username);
  requireCredential("password", password);
  if (typeof baseUrl !== "string" || !/^https?:\/\/[^/]/i.test(baseUrl)) {
    throw new TypeError(`createCoandaClient: baseUrl must be an absolute http(s) URL such as ${COANDA_PREPRODUCTION_URL}, found ${typeof baseUrl === "string" ? JSON.stringify(baseUrl) : typeof baseUrl}`);
  }
  const auth = coandaTokenAuth({ baseUrl, username, password, expiryMarginMs: tokenExpiryMarginMs, fetch: rest.fetch });
  return createApiClient<paths>({ ...rest, baseUrl: baseUrl.replace(/\/+$/, ""), auth });
}

// Says what was wrong without echoing the value: it is a credential.
function requireCredential(name: "username" | "password", value: unknown): void {
  if (typeof value === "string" && value !== "") return;
  const found = value === "" ? "an empty string" : value === null ? "null" : typeof value;
  throw new TypeError(`createCoandaClient: ${name} must be a non-empty string (your Coanda ${name === "username" ? "username/clientId" : "password/clientSecret"}), found ${found}`);
}
