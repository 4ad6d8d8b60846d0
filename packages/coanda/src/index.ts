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
export { COANDA_PREPRODUCTION_URL, type CoandaClient, type CoandaClientOptions, createCoandaClient } from "./client.js";
export type { components, operations, paths } from "./generated/coanda.js";
/** The title and `info.version` of the contract this client was generated from. */
export { specInfo } from "./generated/coanda.js";
export { premiaSessionUrl } from "./premia-url.js";
export type * from "./schemas.js";
export { type CoandaTokenAuthOptions, coandaTokenAuth } from "./token.js";
