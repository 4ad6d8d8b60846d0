// Every schema of the Coanda contract under its own name, so users write `SimulationResult`, not
// `components["schemas"]["SimulationResult"]`: openapi-typescript emits these aliases itself
// (`rootTypes`, without the `Schema` prefix), run by `generate-types` from @partner-apis/typegen.
export type * from "./generated/coanda.js";
