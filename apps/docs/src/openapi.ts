// The slice of OpenAPI 3.1 the site generator reads, and the walks it needs over a bundle.
// Bundles come from `redocly bundle`: every $ref is local (`#/components/...`).

/** Any JSON object of a spec: the generator reads fields by name and checks their types where it matters. */
export type JsonObject = { [key: string]: unknown };

export interface OpenApiDocument extends JsonObject {
  openapi: string;
  info: JsonObject & { title: string; version: string; description?: string; summary?: string };
  servers?: Array<JsonObject & { url: string; description?: string }>;
  paths: { [path: string]: JsonObject };
  components?: JsonObject & { schemas?: { [name: string]: JsonObject } };
  tags?: Array<JsonObject & { name: string }>;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationRef {
  path: string;
  method: HttpMethod;
  /** The operation object itself (mutating it mutates the document it came from). */
  operation: JsonObject;
  /** Parameters declared on the path item, shared by its operations. */
  pathParameters: unknown[];
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every operation of a document, in document order. */
export function listOperations(doc: OpenApiDocument): OperationRef[] {
  const operations: OperationRef[] = [];
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    if (!isObject(pathItem)) continue;
    const pathParameters = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isObject(operation)) operations.push({ path, method, operation, pathParameters });
    }
  }
  return operations;
}

/** Follows local `$ref`s until a plain object (or a non-object) is reached. */
export function deref(doc: OpenApiDocument, value: unknown): unknown {
  const seen = new Set<string>();
  let current = value;
  while (isObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}: expected a chain of refs ending in an object`);
    seen.add(ref);
    current = resolvePointer(doc, ref);
  }
  return current;
}

function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#/")) {
    throw new Error(`$ref ${ref}: expected a local ref ("#/..."), as \`redocly bundle\` writes them`);
  }
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`$ref ${ref}: nothing at "${key}"`);
    node = (node as JsonObject)[key];
  }
  if (node === undefined) throw new Error(`$ref ${ref}: expected a component there, found nothing`);
  return node;
}

/** The operation's effective parameters (path-level ones overridden by operation-level ones), dereferenced. */
export function operationParameters(doc: OpenApiDocument, op: OperationRef): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  const own = Array.isArray(op.operation.parameters) ? op.operation.parameters : [];
  for (const raw of [...op.pathParameters, ...own]) {
    const parameter = deref(doc, raw);
    if (!isObject(parameter) || typeof parameter.name !== "string" || typeof parameter.in !== "string") continue;
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/** A structured clone of a JSON document. */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}
