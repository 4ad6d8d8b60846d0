// The runtime's errors, guards and option types, so one import of this package is enough.
export * from "@partner-apis/runtime/client-surface";
export { createPremiumsClient, isPremiumsError, type PremiumsClient } from "./client.js";
export { COMPANY_CSV_COLUMNS, companiesCsv, csvBody, TRAINEE_CSV_COLUMNS, traineesCsv } from "./csv.js";
export type { components, operations, paths } from "./generated/premiums.js";
/** The title and `info.version` of the contract this client was generated from. */
export { specInfo } from "./generated/premiums.js";
export {
  PREMIUMS_SCOPE,
  PREMIUMS_STAGING_URL,
  PREMIUMS_TOKEN_PATH,
  type PremiumsClientOptions,
  resolveTokenUrl,
} from "./options.js";
export * from "./schemas.js";
