export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  BadRequestError,
  ConnectionError,
  ForbiddenError,
  type Hooks,
  isApiError,
  isHttpError,
  NotFoundError,
  PaginationError,
  RateLimitedError,
  type RetryOptions,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "@partner-apis/runtime";
export * from "./accounting/index.js";
export { createSeynaClient, SEYNA_BASE_URL, type SeynaClient, type SeynaClientOptions } from "./client.js";
export type { components, operations, paths } from "./generated/seyna.js";
/** The title and `info.version` of the contract this client was generated from. */
export { specInfo } from "./generated/seyna.js";
export {
  MAX_PAGE_SIZE,
  MIN_PAGE_SIZE,
  type SeynaListItem,
  type SeynaListParams,
  type SeynaListPath,
  type SeynaPage,
  type SeynaPager,
  type SeynaPaginate,
  type SeynaPaginateOptions,
} from "./paginate.js";
export type * from "./schemas.js";
export type { ErrorBody as Error } from "./schemas.js";
