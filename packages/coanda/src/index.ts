export { createCoandaClient, COANDA_PREPRODUCTION_URL, type CoandaClient, type CoandaClientOptions } from "./client.js";
export { coandaTokenAuth, type CoandaTokenAuthOptions } from "./token.js";
export { premiaSessionUrl } from "./premia-url.js";
export type * from "./schemas.js";
export type { paths, components, operations } from "./generated/coanda.js";
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
