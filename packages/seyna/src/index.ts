// The runtime's errors, guards and option types, so one import of this package is enough.

export { PaginationError } from "@partner-apis/runtime";
export * from "@partner-apis/runtime/client-surface";
export * from "@partner-apis/seyna-accounting";
export {
  createSeynaClient,
  isSeynaError,
  SEYNA_BASE_URL,
  type SeynaClient,
  type SeynaClientOptions,
} from "./client.js";
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
// Seyna's own error schema is ErrorBody (the runtime's per-operation helper is OperationErrorBody: no name means two things).
export type { ErrorBody, ErrorBody as Error } from "./schemas.js";
