import { type ApiClientOptions, redactUrl } from "@partner-apis/runtime";

/** True for what `new URL` parses as an http(s) URL (checked before any credential is attached). */
function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

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

/** What a bad value was; with `show`, the value itself (never for a secret). */
function found(value: unknown, show: boolean): string {
  if (value === undefined) return "undefined (the option is missing)";
  if (value === null || value === "") return value === null ? "null" : "an empty string";
  const kind = Array.isArray(value) ? "an array" : `a ${typeof value}`;
  return !show
    ? kind
    : typeof value === "string"
      ? JSON.stringify(value)
      : `${kind} ${JSON.stringify(value) ?? ""}`.trim();
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
  tokenExpiryMarginMs: number | undefined;
  /** The other options, for the runtime (which checks them itself). */
  runtimeOptions: Omit<ApiClientOptions, "baseUrl" | "auth">;
}

/** Validate the Premiums-specific options; each error names the option and what was expected (secrets are never shown). */
export function resolvePremiumsOptions(options: PremiumsClientOptions): ResolvedPremiumsOptions {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      `createPremiumsClient(options) must be an object { clientId, clientSecret, ... }, got ${found(options, false)}`,
    );
  }
  const {
    clientId,
    clientSecret,
    baseUrl = PREMIUMS_STAGING_URL,
    scope = PREMIUMS_SCOPE,
    tokenUrl = PREMIUMS_TOKEN_PATH,
    tokenExpiryMarginMs,
    ...runtimeOptions
  } = options;
  // [option, value, what it must be, whether the value may be shown]; each must be a non-blank string.
  const checks: [string, unknown, string, boolean][] = [
    ["clientId", clientId, "a non-empty string (your OAuth2 client id)", false],
    ["clientSecret", clientSecret, "a non-empty string (your OAuth2 client secret)", false],
    ["baseUrl", baseUrl, `an absolute http(s) URL such as ${PREMIUMS_STAGING_URL}`, true],
    ["scope", scope, `space-separated scopes such as "${PREMIUMS_SCOPE}"`, true],
    ["tokenUrl", tokenUrl, `a URL or a path such as "${PREMIUMS_TOKEN_PATH}"`, true],
  ];
  for (const [option, value, expected, show] of checks) {
    if (typeof value !== "string" || !value.trim() || (option === "baseUrl" && !isHttpUrl(value))) {
      const shown = option === "baseUrl" && typeof value === "string" ? redactUrl(value) : value;
      throw new TypeError(`createPremiumsClient: ${option} must be ${expected}, got ${found(shown, show)}`);
    }
  }
  return {
    baseUrl,
    clientId,
    clientSecret,
    scope,
    tokenUrl: resolveTokenUrl(baseUrl, tokenUrl),
    tokenExpiryMarginMs,
    runtimeOptions,
  };
}
