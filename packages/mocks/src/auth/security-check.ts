import type { IncomingHttpHeaders } from "node:http";
import { deref, isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import { type Operation, requiresCredentials } from "../spec/operations.js";
import type { TokenIssuer } from "./jwt.js";

/** Accepted, or rejected with a sentence naming what was expected and found (never the secret). */
export type SecurityVerdict = { ok: true } | { ok: false; message: string; challenge: string };

/** What the mock accepts beyond a well-formed credential. */
export interface SecurityPolicy {
  /** The only id/secret pair accepted (Basic, API key); undefined = any well-formed one. */
  expected?: { id: string; secret: string };
  /** When set, bearer tokens must be ones this mock issued (a configured pair makes them mandatory). */
  ownTokensOnly: boolean;
  tokens: TokenIssuer;
}

const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * Checks credentials against the operation's security requirements, generically over the spec's
 * securitySchemes: Basic (the pair, RFC 7617, a password may contain `:`), bearer/OAuth2 (shape, JWT
 * shape when `bearerFormat: JWT`, `exp`, and signature when only issued tokens count), API key.
 */
export function checkSecurity(
  document: OpenApiDocument,
  operation: Operation,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  policy: SecurityPolicy,
): SecurityVerdict {
  if (!requiresCredentials(operation)) return { ok: true };
  const schemes = isNode((document.components as Node | undefined)?.securitySchemes)
    ? ((document.components as Node).securitySchemes as Record<string, unknown>)
    : {};
  const reasons: string[] = [];
  const challenges: string[] = [];
  for (const requirement of operation.security) {
    let satisfied = true;
    for (const name of Object.keys(requirement)) {
      const scheme = deref<Node>(document, schemes[name]);
      const check = checkScheme(name, scheme, headers, query, policy);
      if (check.challenge !== "") challenges.push(check.challenge);
      if (check.error !== undefined) {
        reasons.push(check.error);
        satisfied = false;
        break;
      }
    }
    if (satisfied) return { ok: true };
  }
  return {
    ok: false,
    message: `${reasons.join("; or ")} (operation ${operation.id})`,
    challenge: [...new Set(challenges)].join(", "),
  };
}

interface SchemeCheck {
  error?: string;
  challenge: string;
}

function checkScheme(
  name: string,
  scheme: Node | undefined,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  policy: SecurityPolicy,
): SchemeCheck {
  const authorization = headers.authorization;
  if (scheme === undefined) return { error: `security scheme ${name} is not defined in the spec`, challenge: "" };
  const type = String(scheme.type);
  if (type === "http" && String(scheme.scheme).toLowerCase() === "basic")
    return checkBasic(name, authorization, policy);
  if (
    (type === "http" && String(scheme.scheme).toLowerCase() === "bearer") ||
    type === "oauth2" ||
    type === "openIdConnect"
  ) {
    const jwt = typeof scheme.bearerFormat === "string" && scheme.bearerFormat.toUpperCase() === "JWT";
    return checkBearer(name, authorization, jwt, policy);
  }
  if (type === "apiKey") {
    const key = String(scheme.name);
    const where = String(scheme.in);
    const value =
      where === "header"
        ? headers[key.toLowerCase()]
        : where === "query"
          ? (query.get(key) ?? undefined)
          : new RegExp(`(?:^|;\\s*)${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}=([^;]+)`).exec(
              String(headers.cookie ?? ""),
            )?.[1];
    if (value === undefined || value === "")
      return { error: `${name}: expected an API key in ${where} ${key}, found none`, challenge: "" };
    if (policy.expected !== undefined && value !== policy.expected.secret)
      return { error: `${name}: expected the API key configured for this mock, found another one`, challenge: "" };
    return { challenge: "" };
  }
  return { challenge: "" }; // schemes a mock cannot check (mutualTLS…): accepted
}

function checkBasic(name: string, authorization: string | undefined, policy: SecurityPolicy): SchemeCheck {
  const challenge = 'Basic realm="mock"';
  const expected = `${name}: expected Authorization: Basic base64(username:password)`;
  if (authorization === undefined || authorization === "")
    return { error: `${expected}, found no Authorization header`, challenge };
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "basic") return { error: `${expected}, found the ${scheme} scheme`, challenge };
  if (token === undefined || rest.length > 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(token)) {
    return { error: `${expected}, found a credential that is not base64`, challenge };
  }
  const decoded = Buffer.from(token, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return { error: `${expected}, found no username:password pair in the decoded credential`, challenge };
  const id = decoded.slice(0, colon);
  if (
    policy.expected !== undefined &&
    (id !== policy.expected.id || decoded.slice(colon + 1) !== policy.expected.secret)
  ) {
    return {
      error: `${name}: expected the credentials configured for this mock, found ${id === policy.expected.id ? "a wrong secret" : `username ${JSON.stringify(id)}`}`,
      challenge,
    };
  }
  return { challenge };
}

function checkBearer(
  name: string,
  authorization: string | undefined,
  jwt: boolean,
  policy: SecurityPolicy,
): SchemeCheck {
  const challenge = 'Bearer realm="mock"';
  const expected = `${name}: expected Authorization: Bearer <${jwt ? "JWT" : "token"}>`;
  if (authorization === undefined || authorization === "")
    return { error: `${expected}, found no Authorization header`, challenge };
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer") return { error: `${expected}, found the ${scheme} scheme`, challenge };
  if (token === undefined || rest.length > 0 || !B64TOKEN.test(token))
    return { error: `${expected}, found a malformed token`, challenge };
  const shape = jwtShapeError(token);
  if (jwt && shape !== undefined) return { error: `${expected}, found ${shape}`, challenge };
  if (shape === undefined) {
    const expired = policy.tokens.expiry(token);
    if (expired !== undefined)
      return {
        error: `${expected} that has not expired, found ${expired}`,
        challenge: `${challenge}, error="invalid_token"`,
      };
  }
  if (policy.ownTokensOnly && !policy.tokens.signed(token))
    return { error: `${expected} issued by this mock's token endpoint, found a token it did not issue`, challenge };
  return { challenge };
}

/** Why `token` is not a JWT (header.payload.signature, both JSON objects), or undefined when it is. */
export function jwtShapeError(token: string): string | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return `a token with ${parts.length} dot-separated part(s) instead of 3`;
  if (!parts.slice(0, 2).every((part) => BASE64URL_SEGMENT.test(part)))
    return "a token whose header or payload is not base64url";
  for (const [index, label] of ["header", "payload"].entries()) {
    try {
      const value: unknown = JSON.parse(Buffer.from(parts[index]!, "base64url").toString("utf8"));
      if (!isNode(value)) return `a JWT ${label} that is not a JSON object`;
    } catch {
      return `a JWT ${label} that is not JSON`;
    }
  }
  return undefined;
}
