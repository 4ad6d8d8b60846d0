// The runtime's errors, guards and option types, so one import of this package is enough.
export * from "@partner-apis/runtime/client-surface";
export {
  COANDA_PREPRODUCTION_URL,
  type CoandaClient,
  type CoandaClientOptions,
  createCoandaClient,
  isCoandaError,
} from "./client.js";
export type { components, operations, paths } from "./generated/coanda.js";
/** The title and `info.version` of the contract this client was generated from. */
export { specInfo } from "./generated/coanda.js";
export { premiaSessionUrl } from "./premia-url.js";
export type * from "./schemas.js";
export { type CoandaTokenAuthOptions, coandaTokenAuth } from "./token.js";
