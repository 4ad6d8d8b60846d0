export { type HttpBasicOptions, httpBasic } from "./auth/basic.js";
export { staticBearer } from "./auth/bearer.js";
export { type JwtFromEndpointOptions, jwtExpiry, jwtFromEndpoint } from "./auth/jwt.js";
export { type OAuth2ClientCredentialsOptions, oauth2ClientCredentials } from "./auth/oauth2.js";
export type { AuthContext, AuthProvider } from "./auth/provider.js";
export { DEFAULT_MAX_RESPONSE_BYTES } from "./body.js";
export { type ApiClientOptions, checkBaseUrl, createApiClient } from "./client.js";
export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  BadRequestError,
  ConnectionError,
  errorClassForStatus,
  ForbiddenError,
  InvalidResponseError,
  isApiError,
  isHttpError,
  NotFoundError,
  RateLimitedError,
  ResponseTooLargeError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "./errors.js";
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from "./hooks.js";
export { type OperationErrorGuard, operationErrorGuard } from "./operation-error.js";
export * from "./paginate.js";
export { REDACTED, redactHeaders, redactUrl, secretScrubber } from "./redact.js";
export { DEFAULT_RETRY, type RetryOptions, type RetryPolicy } from "./retry.js";
export { DEFAULT_TIMEOUT_MS } from "./timeout.js";
export type {
  ApiClient,
  ApiClientMethod,
  ApiResult,
  InitArgs,
  Operation,
  OperationError,
  OperationErrorBody,
  OperationInit,
  PathsWith,
  RequestExtras,
  SuccessData,
  ThrowingClient,
  ThrowingMethod,
} from "./types.js";
export { describeValue } from "./validate.js";
