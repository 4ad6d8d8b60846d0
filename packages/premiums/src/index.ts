export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  BadRequestError,
  ConnectionError,
  type ErrorBody,
  ForbiddenError,
  type Hooks,
  isApiError,
  isHttpError,
  NotFoundError,
  RateLimitedError,
  type RetryOptions,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "@partner-apis/runtime";
export { createPremiumsClient, type PremiumsClient } from "./client.js";
export { COMPANY_CSV_COLUMNS, companiesCsv, csvBody, TRAINEE_CSV_COLUMNS, traineesCsv } from "./csv.js";
export type { components, operations, paths } from "./generated/premiums.js";
/** The title and `info.version` of the contract this client was generated from. */
export { specInfo } from "./generated/premiums.js";
export {
  PREMIUMS_SCOPE,
  PREMIUMS_STAGING_URL,
  PREMIUMS_TOKEN_PATH,
  type PremiumsClientOptions,
  resolveTokenUrl,
} from "./options.js";
export * from "./schemas.js";
