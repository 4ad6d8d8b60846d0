import { type ApiClient, createApiClient, oauth2ClientCredentials } from "@partner-apis/runtime";
import type { paths } from "./generated/premiums.js";
import { type PremiumsClientOptions, resolvePremiumsOptions } from "./options.js";

/**
 * A typed Premiums API client: openapi-fetch's `POST/PUT/PATCH/...` (→ `{ data, error, response }`) plus
 * `throwing.*` (→ `data`, or throws). Request bodies are checked exactly: a misspelled field does not compile.
 */
export type PremiumsClient = ApiClient<paths>;

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
