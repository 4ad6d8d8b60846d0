import type { IncomingHttpHeaders } from "node:http";
import { SchemaValidator, type Violation } from "./contract/schema-validator.js";
import { deref, isNode, type Node, type OpenApiDocument } from "./spec/document.js";
import { essence, isJsonMediaType, mediaRangeMatches } from "./spec/media-type.js";
import type { Operation, Parameter } from "./spec/operations.js";

/** What arrived, already parsed by the body guard. */
export interface ParsedRequest {
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  pathParams: Record<string, string>;
  /** Parsed JSON, the text of a text body, or undefined when there is no body. */
  body: unknown;
  mediaType: string | undefined;
}

/**
 * Validates parameters and body against the operation, naming every offending field. Prism does
 * this too, but when the spec documents a 400/422 it answers that canned example (naming some other
 * field), so the mock validates first and answers a problem that says what is wrong.
 */
export class RequestValidator {
  private readonly schemas: SchemaValidator;

  constructor(
    private readonly document: OpenApiDocument,
    schemas: SchemaValidator = new SchemaValidator(document),
  ) {
    this.schemas = schemas;
  }

  /** Every violation of the request, as `query.limit: expected type integer, found string "x"`. */
  violations(operation: Operation, request: ParsedRequest): Violation[] {
    const found: Violation[] = [];
    for (const parameter of operation.parameters) found.push(...this.parameterViolations(parameter, request));
    const content = operation.requestBody?.content ?? {};
    if (request.body !== undefined && request.mediaType !== undefined) {
      const range =
        Object.keys(content).find((candidate) => essence(candidate) === request.mediaType) ??
        Object.keys(content).find((candidate) => mediaRangeMatches(candidate, request.mediaType!));
      const schema = range === undefined ? undefined : content[range]?.schema;
      if (
        schema !== undefined &&
        request.mediaType === "application/x-www-form-urlencoded" &&
        typeof request.body === "string"
      ) {
        found.push(
          ...this.schemas.violationsOf(schema as Node, formFields(this.document, schema as Node, request.body), "body"),
        );
      } else if (schema !== undefined && (isJsonMediaType(request.mediaType) || typeof request.body === "string")) {
        found.push(...this.schemas.violationsOf(schema as Node, request.body, "body"));
      }
    }
    return found;
  }

  private parameterViolations(parameter: Parameter, request: ParsedRequest): Violation[] {
    if (parameter.in === "header" && ["authorization", "content-type", "accept"].includes(parameter.name.toLowerCase()))
      return [];
    const where = `${parameter.in}.${parameter.name}`;
    const raw = rawParameter(parameter, request);
    if (raw === undefined) return parameter.required ? [{ path: where, message: "is required but missing" }] : [];
    if (parameter.schema === undefined) return [];
    return this.schemas.violationsOf(parameter.schema, coerce(this.document, parameter.schema, raw), where);
  }
}

function rawParameter(parameter: Parameter, request: ParsedRequest): string | string[] | undefined {
  switch (parameter.in) {
    case "path":
      return request.pathParams[parameter.name];
    case "query": {
      const values = request.query.getAll(parameter.name);
      return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
    }
    case "header":
      return request.headers[parameter.name.toLowerCase()];
    case "cookie": {
      const pair = String(request.headers.cookie ?? "")
        .split(/;\s*/)
        .find((entry) => entry.startsWith(`${parameter.name}=`));
      return pair?.slice(parameter.name.length + 1);
    }
  }
}

/** A form body as an object, each field coerced to the type its property schema asks for. */
function formFields(document: OpenApiDocument, rawSchema: Node, text: string): Record<string, unknown> {
  const schema = deref<Node>(document, rawSchema);
  const properties = (isNode(schema.properties) ? schema.properties : {}) as Record<string, Node>;
  const params = new URLSearchParams(text);
  const fields: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    const raw = values.length === 1 ? values[0]! : values;
    fields[name] = properties[name] === undefined ? raw : coerce(document, properties[name], raw);
  }
  return fields;
}

/** Turns the string(s) of a parameter into the JSON type its schema asks for; leaves unparsable text as is. */
function coerce(document: OpenApiDocument, rawSchema: Node, raw: string | string[]): unknown {
  const schema = deref<Node>(document, rawSchema);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  if (types.includes("array")) {
    const items = isNode(schema.items) ? deref<Node>(document, schema.items) : {};
    const list = Array.isArray(raw) ? raw : raw.split(",");
    return list.map((item) => coerce(document, items, item));
  }
  const value = Array.isArray(raw) ? raw[raw.length - 1]! : raw;
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value))
    return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.includes("null") && value === "null") return null;
  return value;
}
