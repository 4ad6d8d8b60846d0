// Seyna's sandbox rules: the list envelope and its cursor pagination (`limit`, `sort`, `from` ← `next`,
// `next` absent on the last page), the server-managed `object`/`version` of a stored object, and the
// accounting rules of @partner-apis/seyna-accounting as the mock-only consistency report.
import { checkClaim, checkContract } from "@partner-apis/seyna-accounting";
import type { StatefulAnswer } from "../mock-server.js";
import { isNode } from "../spec/document.js";
import type { Operation } from "../spec/operations.js";
import type { Resource } from "./resources.js";
import type { SandboxRules, SandboxViolation } from "./sandbox.js";

/** Where the list envelope's `url` starts: the path of Seyna's server URL (`https://api.seyna.eu/v2`). */
const URL_PREFIX = "/v2";

export const seynaRules: SandboxRules = {
  stored(resource, body, params, previous) {
    const kind = resource.objectConst;
    const ids: Record<string, string> = {};
    for (const name of resource.parentParams) ids[name] = params[name] ?? "";
    const version = (typeof previous?.version === "number" ? previous.version : 0) + 1;
    // The URL names the object: a body's own `portfolio_id` (or `object`) never moves it elsewhere.
    return {
      ...body,
      ...(kind === undefined ? {} : { object: kind }),
      ...ids,
      id: params[resource.idParam] ?? "",
      version,
    };
  },

  page(operation, path, query, items, keyOf) {
    const limit = Number(query.get("limit") ?? defaultOf(operation, "limit") ?? 10);
    const sort = query.get("sort") ?? String(defaultOf(operation, "sort") ?? "asc");
    const ordered = sort === "desc" ? [...items].reverse() : items;
    // A cursor is the key of the first item of its page. One naming no stored item (the spec's example
    // cursor, an object since changed) seeks to where that key would be: never refused, as the contract
    // does not say the real API refuses one.
    const from = query.get("from");
    const key = from === null ? undefined : Buffer.from(from, "base64url").toString("utf8");
    const start =
      key === undefined ? 0 : ordered.findIndex((item) => (sort === "desc" ? keyOf(item) <= key : keyOf(item) >= key));
    if (start < 0) return { status: 200, body: { object: "list", url: `${URL_PREFIX}${path}`, data: [] } };
    const data = ordered.slice(start, start + limit);
    const following = ordered[start + limit];
    const body: Record<string, unknown> = { object: "list", url: `${URL_PREFIX}${path}`, data };
    if (following !== undefined) body.next = Buffer.from(keyOf(following)).toString("base64url");
    return { status: 200, body } satisfies StatefulAnswer;
  },

  // Versions padded so that version 10 sorts after version 9.
  versionKey: (item) => `${String(item.id)}@${String(item.version).padStart(10, "0")}`,

  report(view) {
    const violations: SandboxViolation[] = [];
    const portfolios = view.resource("portfolios");
    const [contracts, receipts, claims, settlements] = ["contracts", "receipts", "claims", "settlements"].map((name) =>
      view.resource(name),
    );
    if (portfolios === undefined) return violations;
    for (const portfolio of view.latestAll(portfolios, {})) {
      const params = { [contracts?.parentParams[0] ?? "portfolio_id"]: String(portfolio.id) };
      const at = (resource: Resource | undefined) => (resource === undefined ? [] : view.latestAll(resource, params));
      const allReceipts = at(receipts);
      for (const contract of at(contracts)) {
        const own = allReceipts.filter((receipt) => receipt.contract_id === contract.id);
        for (const violation of checkContract(contract as never, own as never))
          violations.push({
            object: `/portfolios/${String(portfolio.id)}/contracts/${String(contract.id)}`,
            ...pick(violation),
          });
      }
      const allSettlements = at(settlements);
      for (const claim of at(claims)) {
        const own = allSettlements.filter((settlement) => settlement.claim_id === claim.id);
        for (const violation of checkClaim(claim as never, own as never))
          violations.push({
            object: `/portfolios/${String(portfolio.id)}/claims/${String(claim.id)}`,
            ...pick(violation),
          });
      }
    }
    return violations;
  },
};

function pick(violation: { rule: string; path: string; message: string }) {
  return { rule: violation.rule, path: violation.path, message: violation.message };
}

function defaultOf(operation: Operation, name: string): unknown {
  const parameter = operation.parameters.find((candidate) => candidate.name === name && candidate.in === "query");
  return isNode(parameter?.schema) ? parameter.schema.default : undefined;
}
