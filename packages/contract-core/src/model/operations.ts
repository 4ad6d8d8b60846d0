// The operations of a document, each with its parameters, bodies, responses and security resolved,
// so that no tool walks `paths` or follows `$ref`s itself.
import {
  escapePointer,
  follow,
  isNode,
  type Node,
  type OpenApiDocument,
  pointerTo,
  refName,
  type SecurityRequirement,
} from "./document.js";

/** The HTTP methods an OpenAPI path item can hold, in the order the specification lists them. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Whether the provider's own pages document a node, or it is our reading (`x-provenance`). */
export type Provenance = "documented" | "inferred";

/** One example of a parameter, body or response, `$ref`s resolved. */
export interface Example {
  /** The key in `examples`, or `example` for the single-example field. */
  name: string;
  summary?: string;
  description?: string;
  value?: unknown;
  externalValue?: string;
}

/** One media type of a request or response body. */
export interface MediaContent {
  mediaType: string;
  /** The schema as written (a `$ref` stays a `$ref`, so its name is kept); undefined when none. */
  schema: Node | undefined;
  /** Component name when the schema is a `$ref` to `#/components/schemas/<name>`. */
  schemaName: string | undefined;
  /** JSON pointer of the schema, for {@link Model.validator}. */
  schemaPointer: string;
  /** Named examples of the media type (not those inside the schema). */
  examples: Example[];
  node: Node;
}

/** One parameter of an operation, `$ref`s resolved, path-level ones merged in. */
export interface Parameter {
  name: string;
  in: "query" | "header" | "path" | "cookie";
  /** Always true for path parameters. */
  required: boolean;
  description?: string;
  deprecated: boolean;
  /** The schema, its top-level `$ref` followed. */
  schema: Node | undefined;
  schemaPointer: string | undefined;
  style?: string;
  explode?: boolean;
  examples: Example[];
  node: Node;
}

/** The request body of an operation. */
export interface RequestBody {
  required: boolean;
  description?: string;
  /** Media type as written in the spec → its content. */
  content: Record<string, MediaContent>;
  pointer: string;
}

/** One documented response. */
export interface Response {
  /** The key under `responses`: `200`, `4XX` or `default`. */
  status: string;
  description?: string;
  /** Header name → header object, `$ref`s followed. */
  headers: Record<string, Node>;
  content: Record<string, MediaContent>;
  /** Component name when the response is a `$ref` to `#/components/responses/<name>`. */
  componentName: string | undefined;
  pointer: string;
}

/** One operation of the document, with everything a mock, a test or a page needs. */
export interface Operation {
  /** `operationId`, or `METHOD path` when the spec has none. */
  id: string;
  operationId: string | undefined;
  method: HttpMethod;
  /** The path template, e.g. `/portfolios/{portfolio_id}`. */
  path: string;
  /** JSON pointer of the operation object, e.g. `#/paths/~1pets/post`. */
  pointer: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  parameters: Parameter[];
  requestBody: RequestBody | undefined;
  /** Documented responses by status key, in spec order. */
  responses: Record<string, Response>;
  /** Effective security: the operation's own list, else the document's; empty = none. */
  security: SecurityRequirement[];
  /** `x-provenance` of the operation, undefined when the spec leaves it out. */
  provenance: Provenance | undefined;
  /** `x-provenance-reason`: why the operation is our reading, when the spec says so in that field. */
  provenanceReason: string | undefined;
  /** The operation object itself (its `x-*` extensions included). */
  node: Node;
}

/** Every operation of the document, in document order. */
export function listOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  const globalSecurity = Array.isArray(document.security) ? document.security : [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = follow(document, rawItem, pointerTo("#/paths", path));
    const shared = arrayOf(item.node.parameters).map((raw, index) =>
      follow(document, raw, pointerTo(item.pointer, "parameters", String(index))),
    );
    for (const method of HTTP_METHODS) {
      const node = item.node[method];
      if (!isNode(node)) continue;
      const pointer = `${item.pointer}/${method}`;
      const own = arrayOf(node.parameters).map((raw, index) =>
        follow(document, raw, pointerTo(pointer, "parameters", String(index))),
      );
      const provenance = provenanceOf(node);
      operations.push({
        id: typeof node.operationId === "string" ? node.operationId : `${method.toUpperCase()} ${path}`,
        operationId: typeof node.operationId === "string" ? node.operationId : undefined,
        method,
        path,
        pointer,
        ...texts(node),
        tags: arrayOf(node.tags).filter((tag): tag is string => typeof tag === "string"),
        deprecated: node.deprecated === true,
        parameters: mergeParameters(document, [...shared, ...own]),
        requestBody: requestBodyOf(document, node.requestBody, `${pointer}/requestBody`),
        responses: responsesOf(document, node.responses, `${pointer}/responses`),
        security: Array.isArray(node.security) ? (node.security as SecurityRequirement[]) : globalSecurity,
        provenance: provenance.provenance,
        provenanceReason: provenance.reason,
        node,
      });
    }
  }
  return operations;
}

/** `x-provenance` and `x-provenance-reason` of any node (operation or schema). */
export function provenanceOf(node: Node): { provenance: Provenance | undefined; reason: string | undefined } {
  const value = node["x-provenance"];
  const reason = node["x-provenance-reason"];
  return {
    provenance: value === "documented" || value === "inferred" ? value : undefined,
    reason: typeof reason === "string" ? reason : undefined,
  };
}

/** True when the operation demands credentials (no alternative with an empty requirement `{}`). */
export function requiresCredentials(operation: Operation): boolean {
  return (
    operation.security.length > 0 && operation.security.every((requirement) => Object.keys(requirement).length > 0)
  );
}

/** The documented response that covers `status`: exact, then `2XX`-style range, then `default`. */
export function responseFor(operation: Operation, status: number | string): Response | undefined {
  const code = String(status);
  const keys = Object.keys(operation.responses);
  const key =
    keys.find((candidate) => candidate === code) ??
    keys.find((candidate) => candidate.toUpperCase() === `${code[0]}XX`) ??
    keys.find((candidate) => candidate === "default");
  return key === undefined ? undefined : operation.responses[key];
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(document: OpenApiDocument, resolved: { node: Node; pointer: string }[]): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const { node, pointer } of resolved) {
    if (typeof node.name !== "string" || typeof node.in !== "string") {
      throw new Error(`${pointer}: expected a parameter with string name and in, found ${JSON.stringify(node)}`);
    }
    const schema = node.schema === undefined ? undefined : follow(document, node.schema, `${pointer}/schema`);
    byKey.set(`${node.in}:${node.name}`, {
      name: node.name,
      in: node.in as Parameter["in"],
      required: node.in === "path" || node.required === true,
      ...(typeof node.description === "string" ? { description: node.description } : {}),
      deprecated: node.deprecated === true,
      schema: schema?.node,
      schemaPointer: schema?.pointer,
      ...(typeof node.style === "string" ? { style: node.style } : {}),
      ...(typeof node.explode === "boolean" ? { explode: node.explode } : {}),
      examples: examplesOf(document, node),
      node,
    });
  }
  return [...byKey.values()];
}

function requestBodyOf(document: OpenApiDocument, raw: unknown, at: string): RequestBody | undefined {
  if (raw === undefined) return undefined;
  const { node, pointer } = follow(document, raw, at);
  return {
    required: node.required === true,
    ...(typeof node.description === "string" ? { description: node.description } : {}),
    content: contentOf(document, node.content, `${pointer}/content`),
    pointer,
  };
}

function responsesOf(document: OpenApiDocument, raw: unknown, at: string): Record<string, Response> {
  const responses: Record<string, Response> = {};
  for (const [status, value] of Object.entries(isNode(raw) ? raw : {})) {
    const { node, pointer, ref } = follow(document, value, pointerTo(at, status));
    const headers: Record<string, Node> = {};
    for (const [name, header] of Object.entries(isNode(node.headers) ? node.headers : {}))
      headers[name] = follow(document, header).node;
    responses[status] = {
      status,
      ...(typeof node.description === "string" ? { description: node.description } : {}),
      headers,
      content: contentOf(document, node.content, `${pointer}/content`),
      componentName: ref?.startsWith("#/components/responses/") ? refName(ref) : undefined,
      pointer,
    };
  }
  return responses;
}

function contentOf(document: OpenApiDocument, raw: unknown, at: string): Record<string, MediaContent> {
  const content: Record<string, MediaContent> = {};
  for (const [mediaType, value] of Object.entries(isNode(raw) ? raw : {})) {
    const { node, pointer } = follow(document, value, `${at}/${escapePointer(mediaType)}`);
    const schema = isNode(node.schema) ? node.schema : undefined;
    const ref = typeof schema?.$ref === "string" ? schema.$ref : undefined;
    content[mediaType] = {
      mediaType,
      schema,
      schemaName: ref?.startsWith("#/components/schemas/") ? refName(ref) : undefined,
      schemaPointer: `${pointer}/schema`,
      examples: examplesOf(document, node),
      node,
    };
  }
  return content;
}

/** The `example` and `examples` of a parameter or media type object, `$ref`s followed. */
function examplesOf(document: OpenApiDocument, node: Node): Example[] {
  const examples: Example[] = [];
  if (isNode(node.examples)) {
    for (const [name, raw] of Object.entries(node.examples)) {
      const example = follow(document, raw).node;
      if (!isNode(example)) continue;
      examples.push({
        name,
        ...texts(example),
        ...("value" in example ? { value: example.value } : {}),
        ...(typeof example.externalValue === "string" ? { externalValue: example.externalValue } : {}),
      });
    }
  }
  if ("example" in node) examples.push({ name: "example", value: node.example });
  return examples;
}

function texts(node: Node): { summary?: string; description?: string } {
  return {
    ...(typeof node.summary === "string" ? { summary: node.summary } : {}),
    ...(typeof node.description === "string" ? { description: node.description } : {}),
  };
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
