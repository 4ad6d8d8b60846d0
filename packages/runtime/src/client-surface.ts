// What every provider package re-exports from the runtime, so that its users need one import: the
// errors they catch, the guards that type an error's body, and the option types they pass.
export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  BadRequestError,
  ConnectionError,
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
export type { Hooks } from "./hooks.js";
export type { OperationErrorGuard } from "./operation-error.js";
export type { RetryOptions } from "./retry.js";
export type { OperationError, OperationErrorBody } from "./types.js";
