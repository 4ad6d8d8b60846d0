import { deref, isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import { type Operation, requiresCredentials } from "../spec/operations.js";

/** Where a credential goes: a header, a query parameter or a cookie. */
export interface Credential {
  scheme: string;
  headers: Record<string, string>;
  query: Record<string, string>;
}

/** A syntactically valid JWT (unsigned: mocks check shape, not signatures), valid for a long time. */
export function sampleJwt(subject = "contract-suite"): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode({ sub: subject, iat: 1_700_000_000, exp: 4_102_444_800 })}.${Buffer.from("signature").toString("base64url")}`;
}

/**
 * Credentials that satisfy the operation's first security requirement, derived from the spec's
 * securitySchemes (Basic → `Basic base64(id:secret)`, bearer/oauth2 → `Bearer <token>` or a JWT when
 * `bearerFormat: JWT`, apiKey → the named header/query/cookie). Undefined when no credential is needed.
 */
export function credentialsFor(document: OpenApiDocument, operation: Operation): Credential | undefined {
  if (!requiresCredentials(operation)) return undefined;
  const schemes = ((document.components as Node | undefined)?.securitySchemes ?? {}) as Record<string, unknown>;
  const credential: Credential = { scheme: "", headers: {}, query: {} };
  const names = Object.keys(operation.security[0] ?? {});
  credential.scheme = names.join("+");
  for (const name of names) {
    const scheme = deref<Node>(document, schemes[name]);
    if (!isNode(scheme))
      throw new Error(
        `Operation ${operation.id}: security scheme ${name} is not defined in components.securitySchemes`,
      );
    Object.assign(credential.headers, schemeHeaders(scheme).headers);
    Object.assign(credential.query, schemeHeaders(scheme).query);
  }
  return credential;
}

function schemeHeaders(scheme: Node): { headers: Record<string, string>; query: Record<string, string> } {
  const type = String(scheme.type);
  const httpScheme = String(scheme.scheme ?? "").toLowerCase();
  if (type === "http" && httpScheme === "basic") {
    return {
      headers: { authorization: `Basic ${Buffer.from("contract-key-id:contract-key-secret").toString("base64")}` },
      query: {},
    };
  }
  if ((type === "http" && httpScheme === "bearer") || type === "oauth2" || type === "openIdConnect") {
    const jwt = String(scheme.bearerFormat ?? "").toUpperCase() === "JWT";
    return { headers: { authorization: `Bearer ${jwt ? sampleJwt() : "contract-suite-token"}` }, query: {} };
  }
  if (type === "apiKey") {
    const name = String(scheme.name);
    if (scheme.in === "query") return { headers: {}, query: { [name]: "contract-suite-key" } };
    if (scheme.in === "cookie") return { headers: { cookie: `${name}=contract-suite-key` }, query: {} };
    return { headers: { [name.toLowerCase()]: "contract-suite-key" }, query: {} };
  }
  throw new Error(`Unsupported security scheme type ${type}${httpScheme ? `/${httpScheme}` : ""}`);
}

/** Broken variants of a credential, each of which a mock must answer with 401. */
export function malformedCredentials(credential: Credential): { label: string; headers: Record<string, string> }[] {
  const authorization = credential.headers.authorization;
  if (authorization === undefined) return [];
  const [scheme] = authorization.split(" ");
  const variants = [
    { label: "scheme without a credential", headers: { authorization: `${scheme}` } },
    {
      label: "wrong scheme",
      headers: {
        authorization:
          scheme === "Basic" ? "Bearer contract-suite-token" : `Basic ${Buffer.from("a:b").toString("base64")}`,
      },
    },
  ];
  if (scheme === "Basic")
    variants.push({
      label: "credential without a colon",
      headers: { authorization: `Basic ${Buffer.from("nocolon").toString("base64")}` },
    });
  if (scheme === "Bearer" && authorization.split(".").length === 3)
    variants.push({ label: "token that is not a JWT", headers: { authorization: "Bearer not-a-jwt" } });
  return variants;
}
