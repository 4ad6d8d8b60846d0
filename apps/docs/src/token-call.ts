// Whether an operation is its provider's token call: read at build time (request plans, curl samples) and in the
// browser (Try it). A module of its own, with type imports only, so the page's script bundles nothing else.
import type { AuthPlan, RequestPlan } from "./request-plan.js";

/** Whether `plan` is the provider's token call itself (same method and path). */
export function isTokenCall(auth: AuthPlan, plan: Pick<RequestPlan, "method" | "path">): boolean {
  return auth.token !== undefined && auth.token.path === plan.path && auth.token.method === plan.method;
}
