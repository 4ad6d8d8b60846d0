import { deref, isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import { isJsonMediaType } from "../spec/media-type.js";
import type { Operation, Parameter } from "../spec/operations.js";
import { pointerTo } from "./schema-validator.js";

/** A request body ready to send. */
export interface ExampleBody {
  mediaType: string;
  /** The decoded value (JSON value, or the string for text media types). */
  value: unknown;
  /** JSON pointer of the body schema in the document. */
  schemaPointer: string;
}

/** One concrete request for an operation, built from the spec's examples. */
export interface ExampleRequest {
  operation: Operation;
  /** Which example it came from (`rex`, `example`, `schema example`, …). */
  label: string;
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: ExampleBody;
}

/** The first value among a node's `example` / `examples` (OpenAPI map of `{ value }`, or JSON Schema array). */
export function firstExample(
  document: OpenApiDocument,
  node: Node | undefined,
): { label: string; value: unknown } | undefined {
  if (node === undefined) return undefined;
  if (isNode(node.examples)) {
    for (const [label, raw] of Object.entries(node.examples)) {
      const example = deref<Node>(document, raw);
      if (isNode(example) && "value" in example) return { label, value: example.value };
    }
  }
  if (Array.isArray(node.examples) && node.examples.length > 0)
    return { label: "examples[0]", value: node.examples[0] };
  if ("example" in node) return { label: "example", value: node.example };
  return undefined;
}

/** Every named example of a request body media type (falls back to the schema's example). */
export function bodyExamples(document: OpenApiDocument, media: Node): { label: string; value: unknown }[] {
  if (isNode(media.examples)) {
    return Object.entries(media.examples).flatMap(([label, raw]) => {
      const example = deref<Node>(document, raw);
      return isNode(example) && "value" in example ? [{ label, value: example.value }] : [];
    });
  }
  const direct = firstExample(document, media);
  if (direct !== undefined) return [direct];
  const schema = media.schema === undefined ? undefined : deref<Node>(document, media.schema);
  const fromSchema = firstExample(document, schema);
  return fromSchema === undefined ? [] : [{ label: `schema ${fromSchema.label}`, value: fromSchema.value }];
}

/** The media type a client would send for this operation: JSON when offered, else the first declared. */
export function preferredMediaType(operation: Operation): string | undefined {
  const types = Object.keys(operation.requestBody?.content ?? {});
  return types.find(isJsonMediaType) ?? types[0];
}

/** An example value for a parameter: its example(s), then its schema's example/default/enum/const. */
export function parameterExample(document: OpenApiDocument, parameter: Parameter): unknown {
  const own = firstExample(document, parameter.node);
  if (own !== undefined) return own.value;
  const schema = parameter.schema;
  if (schema === undefined) return undefined;
  const fromSchema = firstExample(document, schema);
  if (fromSchema !== undefined) return fromSchema.value;
  if ("default" in schema) return schema.default;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}

/** True when a parameter documents its own example (so optional ones are worth sending). */
function hasOwnExample(parameter: Parameter): boolean {
  return parameter.examples.length > 0;
}

/** Serialises a parameter value the way OpenAPI's default styles do (form/simple, explode for arrays). */
export function serializeParameter(value: unknown): string | string[] {
  if (Array.isArray(value)) return value.map((item) => String(item));
  if (isNode(value))
    return Object.entries(value)
      .map(([k, v]) => `${k},${String(v)}`)
      .join(",");
  return String(value);
}

/**
 * The documented example requests of an operation: one per named request-body example (or one
 * without a body). Required parameters without any example make the request unbuildable: the error
 * names them, so the spec can be fixed.
 */
export function exampleRequests(document: OpenApiDocument, operation: Operation): ExampleRequest[] {
  const pathParams: Record<string, string> = {};
  const query: Record<string, string | string[]> = {};
  const headers: Record<string, string> = {};
  const missing: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === "header" && ["authorization", "content-type", "accept"].includes(parameter.name.toLowerCase()))
      continue;
    if (!parameter.required && !hasOwnExample(parameter)) continue;
    const value = parameterExample(document, parameter);
    if (value === undefined) {
      if (parameter.required) missing.push(`${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    const serialized = serializeParameter(value);
    if (parameter.in === "path") pathParams[parameter.name] = String(serialized);
    else if (parameter.in === "query") query[parameter.name] = serialized;
    else if (parameter.in === "header") headers[parameter.name.toLowerCase()] = String(serialized);
    else if (parameter.in === "cookie")
      headers.cookie = `${headers.cookie ? `${headers.cookie}; ` : ""}${parameter.name}=${String(serialized)}`;
  }
  if (missing.length > 0) throw new Error(`Operation ${operation.id}: no example for required ${missing.join(", ")}`);

  const mediaType = preferredMediaType(operation);
  if (mediaType === undefined) return [{ operation, label: "no body", pathParams, query, headers }];
  const media = operation.requestBody!.content[mediaType]!;
  const examples = bodyExamples(document, media.node);
  if (examples.length === 0) {
    if (!operation.requestBody!.required) return [{ operation, label: "no body", pathParams, query, headers }];
    throw new Error(`Operation ${operation.id}: no example for the required ${mediaType} request body`);
  }
  const schemaPointer = pointerTo(operation.pointer, "requestBody", "content", mediaType, "schema");
  return examples.map(({ label, value }) => ({
    operation,
    label,
    pathParams,
    query,
    headers,
    body: { mediaType, value, schemaPointer },
  }));
}

/** The request path with path parameters substituted (percent-encoded). */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for path parameter ${name} of ${template}`);
    return encodeURIComponent(value);
  });
}

/** Encodes a body value for the wire according to its media type. */
export function encodeBody(body: ExampleBody): Buffer {
  if (isJsonMediaType(body.mediaType)) return Buffer.from(JSON.stringify(body.value));
  if (body.mediaType === "application/x-www-form-urlencoded" && isNode(body.value)) {
    return Buffer.from(new URLSearchParams(Object.entries(body.value).map(([k, v]) => [k, String(v)])).toString());
  }
  return Buffer.from(typeof body.value === "string" ? body.value : JSON.stringify(body.value));
}
