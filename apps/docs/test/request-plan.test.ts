// What curl and Try it send: each operation's example request, and per auth kind of the registry,
// how credentials become a header (the token call read from the spec itself).
import { describe, expect, it } from "vitest";
import { loadBundle } from "../src/bundles.js";
import { listOperations } from "../src/openapi.js";
import { PROVIDERS } from "../src/providers.js";
import { authPlan, isTokenCall, requestPlan } from "../src/request-plan.js";
import { miniSpec } from "./helpers/fixtures.js";

const byKind = (kind: string) => {
  const found = PROVIDERS.find((p) => p.authKind === kind);
  if (!found) throw new Error(`expected a registry provider with auth kind ${kind}, found none`);
  return found;
};

describe("request plans", () => {
  it("fills required and path parameters from the examples, leaves optional ones empty, keeps the body example", () => {
    const doc = miniSpec();
    const op = listOperations(doc).find((o) => o.operation.operationId === "putThing")!;
    const plan = requestPlan(doc, op);
    expect(plan.method).toBe("PUT");
    expect(plan.successStatus).toBe(200);
    // The mini spec declares no security scheme, here or at its root: nothing to send (the core's reading).
    expect(plan.secured).toBe(false);
    const byName = Object.fromEntries(plan.parameters.map((p) => [p.name, p]));
    expect(byName.thing_id?.required).toBe(true);
    expect(byName.thing_id?.value).not.toBe("");
    expect(byName.trace?.value).toBe("");
    expect(byName.Authorization, "the auth header is the console's job").toBeUndefined();
    expect(plan.body?.contentType).toBe("application/json");
  });

  it("reads the OAuth2 token URL from the spec for client-credentials providers", async () => {
    const p = byKind("oauth2-client-credentials");
    const plan = authPlan(await loadBundle(p), p);
    expect(plan.token?.carrier).toBe("form");
    expect(plan.token?.method).toBe("POST");
    expect(plan.token?.path.startsWith("/")).toBe(true);
    expect(plan.token?.fields).toEqual(["client_id", "client_secret"]);
    expect(plan.token?.extra.grant_type).toBe("client_credentials");
  });

  it("asks for credentials where the provider's security applies (its root security counts too)", async () => {
    const p = byKind("http-basic");
    const doc = await loadBundle(p);
    expect(listOperations(doc).every((op) => requestPlan(doc, op).secured)).toBe(true);
  });

  it("takes the one operation without security as a JWT provider's token call, credentials in its query", async () => {
    const p = byKind("jwt-bearer");
    const doc = await loadBundle(p);
    const plan = authPlan(doc, p);
    expect(plan.token?.carrier).toBe("query");
    expect(plan.token?.fields).toHaveLength(p.credentials.length);
    const tokenOp = listOperations(doc).find((o) => o.path === plan.token?.path)!;
    expect(isTokenCall(plan, requestPlan(doc, tokenOp))).toBe(true);
    expect(requestPlan(doc, tokenOp).secured).toBe(false);
  });

  it("needs no token call for HTTP Basic", async () => {
    const p = byKind("http-basic");
    expect(authPlan(await loadBundle(p), p).token).toBeUndefined();
  });
});
