export type { paths, components, operations } from "./generated/premiums.js";
export * from "./schemas.js";
export { createPremiumsClient, type PremiumsClient } from "./client.js";
export { PREMIUMS_STAGING_URL, PREMIUMS_TOKEN_PATH, PREMIUMS_SCOPE, resolveTokenUrl, type PremiumsClientOptions } from "./options.js";
export { COMPANY_CSV_COLUMNS, TRAINEE_CSV_COLUMNS, companiesCsv, traineesCsv, csvBody } from "./csv.js";
export {
  ApiError,
  BadRequestError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  UnprocessableEntityError,
  RateLimitedError,
  ServerError,
  ConnectionError,
  TimeoutError,
  AbortError,
  isApiError,
  isHttpError,
  type ApiErrorDetails,
  type ErrorBody,
  type RetryOptions,
  type Hooks,
} from "@partner-apis/runtime";
