import {
  type ApiClient,
  type ApiClientOptions,
  createApiClient,
  type OperationErrorGuard,
  operationErrorGuard,
} from "@partner-apis/runtime";
import type { paths } from "./generated/coanda.js";
import { checkBaseUrl, checkCredential } from "./options.js";
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

/**
 * True when `error` is an error status answered to that Coanda operation; narrows `error.body` by `error.status`
 * to its documented body, e.g. `isCoandaError(err, "post", "/premia/api/v1/sessions")`.
 */
export const isCoandaError: OperationErrorGuard<paths> = operationErrorGuard<paths>();

/** Creates a Coanda client that acquires its JWT from the token endpoint and renews it before `exp` and after a 401. */
export function createCoandaClient(options: CoandaClientOptions): CoandaClient {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      `createCoandaClient(options): expected an object { username, password, baseUrl? }, found ${options === null ? "null" : typeof options}`,
    );
  }
  const { username, password, baseUrl = COANDA_PREPRODUCTION_URL, tokenExpiryMarginMs, ...rest } = options;
  const caller = "createCoandaClient";
  checkCredential(caller, "username", username);
  checkCredential(caller, "password", password);
  const base = checkBaseUrl(caller, baseUrl, COANDA_PREPRODUCTION_URL);
  const auth = coandaTokenAuth({
    baseUrl: base,
    username,
    password,
    expiryMarginMs: tokenExpiryMarginMs,
    fetch: rest.fetch,
  });
  return createApiClient<paths>({ ...rest, baseUrl: base, auth });
}
