export { createSeynaClient, SEYNA_BASE_URL, type SeynaClient, type SeynaClientOptions } from "./client.js";
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
export type { paths, components, operations } from "./generated/seyna.js";
export type * from "./schemas.js";
export type { ErrorBody as Error } from "./schemas.js";
export * from "./accounting/index.js";
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
  PaginationError,
  isApiError,
  isHttpError,
  type ApiErrorDetails,
  type RetryOptions,
  type Hooks,
} from "@partner-apis/runtime";
