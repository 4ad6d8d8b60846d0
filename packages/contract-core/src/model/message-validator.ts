// Checks a whole request or response against an operation: parameters (coerced from their wire
// strings to the types their schemas ask for), Content-Type, body, documented status.
import { deref, isNode, type Node, type OpenApiDocument } from "./document.js";
import { essence, isJsonMediaType, mediaRangeMatches } from "./media-type.js";
import { type MediaContent, type Operation, type Parameter, responseFor } from "./operations.js";
import type { SchemaValidators, Violation } from "./schema-validator.js";

/** A request as it arrived, parsed just enough to validate. */
export interface RequestParts {
  pathParams?: Record<string, string>;
  query?: URLSearchParams | Record<string, string | string[]>;
  /** Header names in any case. */
  headers?: Record<string, string | string[] | undefined>;
  /** Parsed JSON, the text of a text body, or undefined when there is no body. */
  body?: unknown;
  /** The request's Content-Type (parameters are ignored). */
  mediaType?: string;
}

/** A response as received: status, Content-Type and the parsed JSON (or text) body. */
export interface ResponseParts {
  status: number;
  mediaType?: string;
  /** Parsed JSON for JSON media types, the text otherwise; undefined or "" for an empty body. */
  body?: unknown;
}

// OpenAPI: these header parameters are ignored (they are described by other means).
const IGNORED_HEADERS = ["authorization", "content-type", "accept"];

/** Every violation of `request` against `operation`, as `query.limit: expected type integer, found string "x"`. */
export function requestViolations(
  document: OpenApiDocument,
  validators: SchemaValidators,
  operation: Operation,
  request: RequestParts,
): Violation[] {
  const found: Violation[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === "header" && IGNORED_HEADERS.includes(parameter.name.toLowerCase())) continue;
    const where = `${parameter.in}.${parameter.name}`;
    const raw = rawParameter(parameter, request);
    if (raw === undefined) {
      if (parameter.required) found.push({ path: where, message: "is required but missing" });
      continue;
    }
    if (parameter.schema !== undefined)
      found.push(...validators.of(parameter.schema)(coerce(document, parameter.schema, raw), where));
  }
  const body = operation.requestBody;
  if (body === undefined || request.body === undefined || request.body === "") {
    if (body?.required === true) found.push({ path: "body", message: "is required but missing" });
    return found;
  }
  const mediaType = essence(request.mediaType);
  const content = matchContent(body.content, mediaType);
  if (content === undefined) {
    found.push({
      path: "headers.content-type",
      message: `expected ${Object.keys(body.content).join(" or ")}, found ${mediaType ?? "none"}`,
    });
    return found;
  }
  if (content.schema === undefined) return found;
  if (mediaType === "application/x-www-form-urlencoded" && typeof request.body === "string")
    found.push(...validators.of(content.schema)(formFields(document, content.schema, request.body), "body"));
  else if (isJsonMediaType(content.mediaType) || typeof request.body === "string")
    found.push(...validators.of(content.schema)(request.body, "body"));
  return found;
}

/**
 * Every way `response` breaks the contract of `operation`: an undocumented status, an undocumented
 * Content-Type, a body that does not validate against the response schema (with field paths).
 */
export function responseViolations(
  validators: SchemaValidators,
  operation: Operation,
  response: ResponseParts,
): Violation[] {
  const documented = responseFor(operation, response.status);
  if (documented === undefined) {
    return [
      {
        path: "status",
        message: `expected one of ${Object.keys(operation.responses).join(", ")}, found ${response.status}`,
      },
    ];
  }
  const declared = Object.keys(documented.content);
  if (declared.length === 0) return [];
  const mediaType = essence(response.mediaType);
  const empty = response.body === undefined || response.body === "";
  if (mediaType === undefined) {
    return empty
      ? [{ path: "body", message: `expected a ${declared.join(" or ")} body, found an empty body` }]
      : [{ path: "headers.content-type", message: `expected ${declared.join(" or ")}, found none` }];
  }
  const content = matchContent(documented.content, mediaType);
  if (content === undefined)
    return [{ path: "headers.content-type", message: `expected ${declared.join(" or ")}, found ${mediaType}` }];
  if (content.schema === undefined) return [];
  if (isJsonMediaType(content.mediaType) && (empty || typeof response.body === "string")) {
    return [
      { path: "body", message: `expected JSON, found ${JSON.stringify(String(response.body ?? "").slice(0, 60))}` },
    ];
  }
  return validators.at(content.schemaPointer)(response.body, "body");
}

/** The declared media type covering `mediaType`: exact first, then ranges (`*\/*`, `text/*`). */
export function matchContent(
  content: Record<string, MediaContent>,
  mediaType: string | undefined,
): MediaContent | undefined {
  if (mediaType === undefined) return undefined;
  const ranges = Object.keys(content);
  const key =
    ranges.find((range) => essence(range) === mediaType) ?? ranges.find((range) => mediaRangeMatches(range, mediaType));
  return key === undefined ? undefined : content[key];
}

function rawParameter(parameter: Parameter, request: RequestParts): string | string[] | undefined {
  switch (parameter.in) {
    case "path":
      return request.pathParams?.[parameter.name];
    case "query": {
      const query = request.query;
      if (query instanceof URLSearchParams) {
        const values = query.getAll(parameter.name);
        return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
      }
      return query?.[parameter.name];
    }
    case "header":
      return headerValue(request.headers, parameter.name);
    case "cookie": {
      const cookie = headerValue(request.headers, "cookie");
      const pair = String(Array.isArray(cookie) ? cookie.join("; ") : (cookie ?? ""))
        .split(/;\s*/)
        .find((entry) => entry.startsWith(`${parameter.name}=`));
      return pair?.slice(parameter.name.length + 1);
    }
  }
}

function headerValue(headers: RequestParts["headers"], name: string): string | string[] | undefined {
  if (headers === undefined) return undefined;
  const lower = name.toLowerCase();
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : headers[key];
}

/** A form body as an object, each field coerced to the type its property schema asks for. */
function formFields(document: OpenApiDocument, rawSchema: Node, text: string): Record<string, unknown> {
  const schema = deref(document, rawSchema);
  const properties = (isNode(schema.properties) ? schema.properties : {}) as Record<string, Node>;
  const params = new URLSearchParams(text);
  const fields: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    const raw = values.length === 1 ? (values[0] ?? "") : values;
    fields[name] = properties[name] === undefined ? raw : coerce(document, properties[name], raw);
  }
  return fields;
}

/** Turns the string(s) of a parameter into the JSON type its schema asks for; leaves unparsable text as is. */
export function coerce(document: OpenApiDocument, rawSchema: Node, raw: string | string[]): unknown {
  const schema = deref(document, rawSchema);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (types.includes("array")) {
    const items = isNode(schema.items) ? deref(document, schema.items) : {};
    const list = Array.isArray(raw) ? raw : raw.split(",");
    return list.map((item) => coerce(document, items, item));
  }
  const value = Array.isArray(raw) ? (raw[raw.length - 1] ?? "") : raw;
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value))
    return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.includes("null") && value === "null") return null;
  return value;
}
