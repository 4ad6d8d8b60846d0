// Every schema of the Seyna contract under its own name, so users write `Contract`, not
// `components["schemas"]["Contract"]`: openapi-typescript emits these aliases itself (`rootTypes`,
// without the `Schema` prefix), run by `generate-types` from @partner-apis/typegen.
import type { components } from "./generated/seyna.js";

export type * from "./generated/seyna.js";

/** The body of every Seyna error response: `{ object: "error", status, type, msg }`. */
export type ErrorBody = components["schemas"]["Error"];
