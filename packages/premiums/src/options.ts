import type { ApiClientOptions } from "@partner-apis/runtime";

/** The staging server, the only one the provider's pages name. */
export const PREMIUMS_STAGING_URL = "https://premiums-api-staging.anopio.com";
/** The token endpoint's path, relative to the base URL (pages: "Token URL: /oauth2/token"). */
export const PREMIUMS_TOKEN_PATH = "/oauth2/token";
/** The scope every operation requires. */
export const PREMIUMS_SCOPE = "premiums:write";

/** Options of {@link createPremiumsClient}: OAuth2 client credentials plus the runtime's client options. */
export interface PremiumsClientOptions extends Omit<ApiClientOptions, "baseUrl" | "auth"> {
  /** API base URL. Default: {@link PREMIUMS_STAGING_URL}. Use `http://127.0.0.1:4010` for the local mock. */
  baseUrl?: string;
  /** Your OAuth2 client id. */
  clientId: string;
  /** Your OAuth2 client secret. Never logged nor shown in errors. */
  clientSecret: string;
  /** Scopes to request. Default `premiums:write`. */
  scope?: string;
  /**
   * Token endpoint. Default `/oauth2/token` under `baseUrl`. An absolute URL is used as is; a relative one
   * is appended to `baseUrl` the way API paths are (so a base URL with a path prefix keeps it).
   */
  tokenUrl?: string;
  /** Renew the token this long before it expires (default: the runtime's, 30 s). */
  tokenExpiryMarginMs?: number;
}

/** `createPremiumsClient: <option> must be <expected>, got <what>` (values of secrets are never shown). */
function optionError(option: string, expected: string, got: string): TypeError {
  return new TypeError(`createPremiumsClient: ${option} must be ${expected}, got ${got}`);
}

/** What a bad value was, without showing it (it may be a secret). */
function kind(value: unknown): string {
  if (value === undefined) return "undefined (the option is missing)";
  if (value === null) return "null";
  if (value === "") return "an empty string";
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** Check a required credential: a non-empty string. */
function checkCredential(option: "clientId" | "clientSecret", value: unknown, what: string): string {
  if (typeof value !== "string" || value.trim() === "") throw optionError(option, `a non-empty string (${what})`, kind(value));
  return value;
}

/** Check an optional string option, showing the bad value (these are not secrets). */
function checkOptionalString(option: string, value: unknown, expected: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw optionError(option, expected, typeof value === "string" ? kind(value) : `${kind(value)} ${JSON.stringify(value) ?? ""}`.trim());
  }
  return value;
}

/** Resolve the token endpoint: absolute as is, relative appended to `baseUrl`. */
export function resolveTokenUrl(baseUrl: string, tokenUrl: string = PREMIUMS_TOKEN_PATH): string {
  if (/^https?:\/\//i.test(tokenUrl)) return tokenUrl;
  return `${baseUrl.replace(/\/+$/, "")}/${tokenUrl.replace(/^\/+/, "")}`;
}

/** The checked Premiums-specific options, with defaults applied. */
export interface ResolvedPremiumsOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  tokenUrl: string;
}

/** Validate the Premiums-specific options; each error names the option and what was expected. */
export function resolvePremiumsOptions(options: PremiumsClientOptions): ResolvedPremiumsOptions {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`createPremiumsClient(options) must be an object { clientId, clientSecret, ... }, got ${kind(options)}`);
  }
  const clientId = checkCredential("clientId", options.clientId, "your OAuth2 client id");
  const clientSecret = checkCredential("clientSecret", options.clientSecret, "your OAuth2 client secret");
  const baseUrl = checkOptionalString("baseUrl", options.baseUrl, `an absolute http(s) URL such as ${PREMIUMS_STAGING_URL}`) ?? PREMIUMS_STAGING_URL;
  if (!/^https?:\/\/[^/]/i.test(baseUrl)) throw optionError("baseUrl", `an absolute http(s) URL such as ${PREMIUMS_STAGING_URL}`, JSON.stringify(baseUrl));
  const scope = checkOptionalString("scope", options.scope, `space-separated scopes such as "${PREMIUMS_SCOPE}"`) ?? PREMIUMS_SCOPE;
  const tokenUrl = resolveTokenUrl(baseUrl, checkOptionalString("tokenUrl", options.tokenUrl, `a URL or a path such as "${PREMIUMS_TOKEN_PATH}"`));
  return { baseUrl, clientId, clientSecret, scope, tokenUrl };
}
