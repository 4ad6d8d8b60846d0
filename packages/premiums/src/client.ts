import {
  type ApiClient,
  createApiClient,
  type OperationErrorGuard,
  oauth2ClientCredentials,
  operationErrorGuard,
} from "@partner-apis/runtime";
import type { paths } from "./generated/premiums.js";
import { type PremiumsClientOptions, resolvePremiumsOptions } from "./options.js";

/**
 * A typed Premiums API client: openapi-fetch's `POST/PUT/PATCH/...` (→ `{ data, error, response }`) plus
 * `throwing.*` (→ `data`, or throws). Request bodies are checked exactly: a misspelled field does not compile.
 */
export type PremiumsClient = ApiClient<paths>;

/**
 * True when `error` is an error status answered to that Premiums operation; narrows `error.body` by `error.status`
 * to its documented body: `if (isPremiumsError(err, "post", "/v2/seance") && err.status === 400) err.body.data`.
 */
export const isPremiumsError: OperationErrorGuard<paths> = operationErrorGuard<paths>();

/**
 * Create a Premiums API client that fetches, caches and renews its OAuth2 client-credentials token itself.
 * Every option of the runtime's `createApiClient` (retry, timeoutMs, hooks, headers, fetch) applies.
 */
export function createPremiumsClient(options: PremiumsClientOptions): PremiumsClient {
  const { baseUrl, clientId, clientSecret, scope, tokenUrl, tokenExpiryMarginMs, runtimeOptions } =
    resolvePremiumsOptions(options);
  // A transport override serves the token request too (a proxy, a test double).
  const auth = oauth2ClientCredentials({
    tokenUrl,
    clientId,
    clientSecret,
    scope,
    fetch: options.fetch,
    expiryMarginMs: tokenExpiryMarginMs,
  });
  return createApiClient<paths>({ ...runtimeOptions, baseUrl, auth });
}
