import {
  type ApiClient,
  type ApiClientOptions,
  checkBaseUrl,
  createApiClient,
  httpBasic,
  type OperationErrorGuard,
  operationErrorGuard,
} from "@partner-apis/runtime";
import type { paths } from "./generated/seyna.js";
import { createPaginate, type SeynaPaginate } from "./paginate.js";

/** Seyna's production API. */
export const SEYNA_BASE_URL = "https://api.seyna.eu/v2";

/** Options of {@link createSeynaClient}: an API key pair, plus every runtime option but `auth`. */
export interface SeynaClientOptions extends Omit<ApiClientOptions, "baseUrl" | "auth"> {
  /** Default `https://api.seyna.eu/v2`; point it at a mock (`http://127.0.0.1:4012`) in tests. */
  baseUrl?: string;
  /** The API key id (sent as the Basic user name). */
  apiKeyId: string;
  /** The API key secret (sent as the Basic password; never logged nor put in an error). */
  apiKeySecret: string;
}

/**
 * A typed Seyna client: openapi-fetch's methods with `init` checked exactly (a misspelled body field or query
 * parameter does not compile), `throwing`, and `paginate` over every list.
 */
export interface SeynaClient extends ApiClient<paths> {
  /** Iterates every item of a list across pages: `for await (const c of seyna.paginate(path, { params, pageSize }))`. */
  paginate: SeynaPaginate;
}

/**
 * True when `error` is an error status answered to that Seyna operation; narrows `error.body` by `error.status`
 * to its documented body, e.g. `isSeynaError(err, "get", "/contracts/{id}") && err.status === 404`.
 */
export const isSeynaError: OperationErrorGuard<paths> = operationErrorGuard<paths>();

/** Creates a Seyna API v2 client authenticated with HTTP Basic (`base64(apiKeyId:apiKeySecret)`). */
export function createSeynaClient(options: SeynaClientOptions): SeynaClient {
  if (options === null || typeof options !== "object") {
    throw new TypeError(
      `createSeynaClient(options): expected an object { apiKeyId, apiKeySecret, baseUrl? }, found ${options === null ? "null" : typeof options}`,
    );
  }
  const { apiKeyId, apiKeySecret, baseUrl = SEYNA_BASE_URL, ...rest } = options;
  requireString("apiKeyId", apiKeyId);
  requireString("apiKeySecret", apiKeySecret);
  checkBaseUrl("createSeynaClient: baseUrl", baseUrl);
  const client = createApiClient<paths>({
    ...rest,
    baseUrl,
    auth: httpBasic({ username: apiKeyId, password: apiKeySecret }),
  });
  return Object.assign(client, { paginate: createPaginate(client) });
}

// Says what was wrong without echoing the value: it may be a secret.
function requireString(name: string, value: unknown): void {
  if (typeof value === "string" && value !== "") return;
  const found = value === "" ? "an empty string" : value === null ? "null" : typeof value;
  throw new TypeError(
    `createSeynaClient: ${name} must be a non-empty string (your Seyna API key ${name === "apiKeyId" ? "id" : "secret"}), found ${found}`,
  );
}
