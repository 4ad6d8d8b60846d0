import { createApiClient, oauth2ClientCredentials } from "@partner-apis/runtime";
import type { paths } from "./generated/premiums.js";
import { resolvePremiumsOptions, type PremiumsClientOptions } from "./options.js";
import type { StrictClient } from "./strict-types.js";

/**
 * A typed Premiums API client: openapi-fetch's `POST/PUT/PATCH/...` (→ `{ data, error, response }`) plus
 * `throwing.*` (→ `data`, or throws). Request bodies are checked exactly: a misspelled field does not compile.
 */
export type PremiumsClient = StrictClient<paths>;

/**
 * Create a Premiums API client that fetches, caches and renews its OAuth2 client-credentials token itself.
 * Every option of the runtime's `createApiClient` (retry, timeoutMs, hooks, headers, fetch) applies.
 */
export function createPremiumsClient(options: PremiumsClientOptions): PremiumsClient {
  const { baseUrl, clientId, clientSecret, scope, tokenUrl } = resolvePremiumsOptions(options);
  // The Premiums-only options stay here; the runtime checks the rest itself.
  const {
    clientId: _clientId,
    clientSecret: _clientSecret,
    scope: _scope,
    tokenUrl: _tokenUrl,
    tokenExpiryMarginMs,
    baseUrl: _baseUrl,
    ...runtimeOptions
  } = options;
  const auth = oauth2ClientCredentials({
    tokenUrl,
    clientId,
    clientSecret,
    scope,
    // A transport override serves the token request too (a proxy, a test double).
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(tokenExpiryMarginMs === undefined ? {} : { expiryMarginMs: tokenExpiryMarginMs }),
  });
  // Same object as the runtime's client; only its request typing is stricter.
  return createApiClient<paths>({ ...runtimeOptions, baseUrl, auth }) as unknown as PremiumsClient;
}
