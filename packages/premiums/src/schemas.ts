// Every schema of the contract under its own name (`Seance`, not `components["schemas"]["Seance"]`):
// openapi-typescript emits these aliases itself (`rootTypes`, without the `Schema` prefix), run by
// `generate-types` from @partner-apis/typegen. Three schemas share their names with the runtime's
// error classes, which users catch: the classes keep those names (re-exported here so that the
// names resolve to one thing), and the bodies take a `Body` suffix.
import type { components } from "./generated/premiums.js";

export { BadRequestError, NotFoundError, UnauthorizedError } from "@partner-apis/runtime/client-surface";
export type * from "./generated/premiums.js";

/** 400 body: the request as a whole is unusable. */
export type BadRequestErrorBody = components["schemas"]["BadRequestError"];
/** 401 body. */
export type UnauthorizedErrorBody = components["schemas"]["UnauthorizedError"];
/** 404 body. */
export type NotFoundErrorBody = components["schemas"]["NotFoundError"];
