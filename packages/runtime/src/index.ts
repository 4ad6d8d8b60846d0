export { type HttpBasicOptions, httpBasic } from "./auth/basic.js";
export { staticBearer } from "./auth/bearer.js";
export { type JwtFromEndpointOptions, jwtExpiry, jwtFromEndpoint } from "./auth/jwt.js";
export { type OAuth2ClientCredentialsOptions, oauth2ClientCredentials } from "./auth/oauth2.js";
export type { AuthProvider } from "./auth/provider.js";
export { type ApiClientOptions, createApiClient } from "./client.js";
export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  BadRequestError,
  ConnectionError,
  errorClassForStatus,
  ForbiddenError,
  isApiError,
  isHttpError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "./errors.js";
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from "./hooks.js";
export * from "./paginate.js";
export { REDACTED, redactHeaders, redactUrl } from "./redact.js";
export { DEFAULT_RETRY, type RetryOptions, type RetryPolicy } from "./retry.js";
export { DEFAULT_TIMEOUT_MS } from "./timeout.js";
export type { Transport, TransportRequest } from "./transport.js";
export type {
  ApiClient,
  ApiClientMethod,
  ApiResult,
  ErrorBody,
  InitArgs,
  Operation,
  OperationInit,
  PathsWith,
  RequestExtras,
  SuccessData,
  ThrowingClient,
  ThrowingMethod,
} from "./types.js";
export { describeValue } from "./validate.js";
