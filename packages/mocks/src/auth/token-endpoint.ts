// Token endpoints, found in the spec rather than named: an operation that needs no credentials and takes
// a secret (a `password`-format or `*secret*`/`*password*` field). The mock checks the pair it is given
// and answers a JWT of its own in place of the example token.
import type { IncomingHttpHeaders } from "node:http";
import type { EngineResponse } from "../engine/prism-engine.js";
import { deref, isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import type { Operation } from "../spec/operations.js";

const SECRET_NAME = /secret|password|passwd/i;
const ID_NAME = /^(client_?id|user_?name|user|login|api_?key_?id|key_?id|id)$/i;

/** The id/secret pair a token request carries, or undefined when it carries none. */
export type PresentedPair = { id: string; secret: string } | undefined;

/** True when `operation` issues tokens: no security requirement, and a secret among its inputs. */
export function isTokenOperation(document: OpenApiDocument, operation: Operation): boolean {
  if (operation.security.some((requirement) => Object.keys(requirement).length > 0)) return false;
  const names = inputFields(document, operation);
  return names.some((field) => SECRET_NAME.test(field.name) || field.format === "password");
}

function inputFields(document: OpenApiDocument, operation: Operation): { name: string; format?: unknown }[] {
  const fields = operation.parameters.map((parameter) => ({
    name: parameter.name,
    format: isNode(parameter.schema) ? parameter.schema.format : undefined,
  }));
  for (const media of Object.values(operation.requestBody?.content ?? {})) {
    const schema = isNode(media.schema) ? deref<Node>(document, media.schema) : {};
    for (const [name, property] of Object.entries(
      isNode(schema.properties) ? (schema.properties as Record<string, Node>) : {},
    )) {
      fields.push({ name, format: deref<Node>(document, property).format });
    }
  }
  return fields;
}

/** The pair the request presents: Basic credentials first, then id/secret fields of the query or body. */
export function presentedPair(headers: IncomingHttpHeaders, query: URLSearchParams, body: unknown): PresentedPair {
  const authorization = headers.authorization ?? "";
  const basic = /^basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(authorization.trim());
  if (basic !== null) {
    const decoded = Buffer.from(basic[1] ?? "", "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0) return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  }
  const fields: Record<string, string> = {};
  for (const [name, value] of query) fields[name] = value;
  if (typeof body === "string") for (const [name, value] of new URLSearchParams(body)) fields[name] = value;
  else if (isNode(body))
    for (const [name, value] of Object.entries(body)) if (typeof value === "string") fields[name] = value;
  const id = Object.entries(fields).find(([name]) => ID_NAME.test(name))?.[1];
  const secret = Object.entries(fields).find(([name]) => SECRET_NAME.test(name))?.[1];
  return id !== undefined && secret !== undefined && id !== "" && secret !== "" ? { id, secret } : undefined;
}

/** Prism's example answer with the example token replaced by `token` (and `expires_in` by its lifetime). */
export function withIssuedToken(response: EngineResponse, token: string, lifetimeSeconds: number): EngineResponse {
  if (typeof response.body === "string") return { ...response, body: token };
  if (isNode(response.body) && "access_token" in response.body) {
    const body: Node = { ...response.body, access_token: token };
    if ("expires_in" in body) body.expires_in = lifetimeSeconds;
    return { ...response, body };
  }
  return response;
}
