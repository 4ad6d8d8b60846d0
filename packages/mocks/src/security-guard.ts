import type { IncomingHttpHeaders } from "node:http";
import { type Problem, problem } from "./problem.js";
import { deref, isNode, type Node, type OpenApiDocument } from "./spec/document.js";
import { type Operation, requiresCredentials } from "./spec/operations.js";

/** Accepted: forward with these header overrides. Rejected: answer 401 with the problem. */
export type SecurityVerdict =
  | { ok: true; headers: Record<string, string> }
  | { ok: false; problem: Problem; challenge: string };

const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const BASE64URL_SEGMENT = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * Checks credentials against the operation's security requirements, generically over the spec's
 * securitySchemes. Stricter than Prism where Prism is lax (a non-JWT passed as a JWT bearer) and
 * fairer where Prism is wrong (a Basic password that contains `:` is valid per RFC 7617).
 */
export function guardSecurity(
  document: OpenApiDocument,
  operation: Operation,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): SecurityVerdict {
  if (!requiresCredentials(operation)) return { ok: true, headers: {} };
  const schemes = isNode((document.components as Node | undefined)?.securitySchemes)
    ? ((document.components as Node).securitySchemes as Record<string, unknown>)
    : {};
  const reasons: string[] = [];
  const challenges: string[] = [];
  for (const requirement of operation.security) {
    let overrides: Record<string, string> = {};
    let satisfied = true;
    for (const name of Object.keys(requirement)) {
      const scheme = deref<Node>(document, schemes[name]);
      const check = checkScheme(name, scheme, headers, query);
      challenges.push(check.challenge);
      if (check.error !== undefined) {
        reasons.push(check.error);
        satisfied = false;
        break;
      }
      overrides = { ...overrides, ...check.headers };
    }
    if (satisfied) return { ok: true, headers: overrides };
  }
  const detail = `${reasons.join("; or ")} (operation ${operation.id})`;
  return {
    ok: false,
    problem: problem(401, "unauthorized", "Missing or invalid credentials", detail),
    challenge: [...new Set(challenges)].join(", "),
  };
}

interface SchemeCheck {
  error?: string;
  challenge: string;
  headers?: Record<string, string>;
}

function checkScheme(
  name: string,
  scheme: Node | undefined,
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): SchemeCheck {
  const authorization = headers.authorization;
  if (scheme === undefined) return { error: `security scheme ${name} is not defined in the spec`, challenge: "" };
  const type = String(scheme.type);
  if (type === "http" && String(scheme.scheme).toLowerCase() === "basic") return checkBasic(name, authorization);
  if (
    (type === "http" && String(scheme.scheme).toLowerCase() === "bearer") ||
    type === "oauth2" ||
    type === "openIdConnect"
  ) {
    const jwt = typeof scheme.bearerFormat === "string" && scheme.bearerFormat.toUpperCase() === "JWT";
    return checkBearer(name, authorization, jwt);
  }
  if (type === "apiKey") {
    const key = String(scheme.name);
    const where = String(scheme.in);
    const present =
      where === "header"
        ? Boolean(headers[key.toLowerCase()])
        : where === "query"
          ? Boolean(query.get(key))
          : new RegExp(`(?:^|;\\s*)${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}=[^;]+`).test(
              String(headers.cookie ?? ""),
            );
    return present
      ? { challenge: "" }
      : { error: `${name}: expected an API key in ${where} ${key}, found none`, challenge: "" };
  }
  return { challenge: "" }; // schemes Prism does not check either (mutualTLS, digest…): let Prism decide
}

function checkBasic(name: string, authorization: string | undefined): SchemeCheck {
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
  // Prism splits on every ':' and rejects passwords containing one; RFC 7617 allows them. Normalise for Prism.
  const password = decoded.slice(colon + 1);
  const headers: Record<string, string> = password.includes(":")
    ? {
        authorization: `Basic ${Buffer.from(`${decoded.slice(0, colon)}:${password.replace(/:/g, "_")}`).toString("base64")}`,
      }
    : {};
  return { challenge, headers };
}

function checkBearer(name: string, authorization: string | undefined, jwt: boolean): SchemeCheck {
  const challenge = 'Bearer realm="mock"';
  const expected = `${name}: expected Authorization: Bearer <${jwt ? "JWT" : "token"}>`;
  if (authorization === undefined || authorization === "")
    return { error: `${expected}, found no Authorization header`, challenge };
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer") return { error: `${expected}, found the ${scheme} scheme`, challenge };
  if (token === undefined || rest.length > 0 || !B64TOKEN.test(token))
    return { error: `${expected}, found a malformed token`, challenge };
  if (jwt) {
    const problemWithJwt = jwtShapeError(token);
    if (problemWithJwt !== undefined) return { error: `${expected}, found ${problemWithJwt}`, challenge };
  }
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
