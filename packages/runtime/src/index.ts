export { createApiClient, type ApiClientOptions } from "./client.js";
export type {
  ApiClient,
  ApiClientMethod,
  ThrowingClient,
  ThrowingMethod,
  RequestExtras,
  SuccessData,
  ErrorBody,
  ApiResult,
  InitArgs,
  Operation,
  OperationInit,
  PathsWith,
} from "./types.js";
export { DEFAULT_RETRY, type RetryOptions, type RetryPolicy } from "./retry.js";
export { DEFAULT_TIMEOUT_MS } from "./timeout.js";
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from "./hooks.js";
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
  errorClassForStatus,
  isApiError,
  isHttpError,
  type ApiErrorDetails,
} from "./errors.js";
export type { AuthProvider } from "./auth/provider.js";
export { oauth2ClientCredentials, type OAuth2ClientCredentialsOptions } from "./auth/oauth2.js";
export { jwtFromEndpoint, jwtExpiry, type JwtFromEndpointOptions } from "./auth/jwt.js";
export { httpBasic, type HttpBasicOptions } from "./auth/basic.js";
export { staticBearer } from "./auth/bearer.js";
export { redactUrl, redactHeaders, REDACTED } from "./redact.js";
export { describeValue } from "./validate.js";
export type { Transport, TransportRequest } from "./transport.js";
export * from "./paginate.js";
