import { readFileSync } from "node:fs";

/** A parsed OpenAPI document: plain JSON, `$ref`s still in place. */
export type OpenApiDocument = Record<string, unknown> & { paths?: Record<string, unknown> };

/** Any JSON object node of the document. */
export type Node = Record<string, unknown>;

const cache = new Map<string, OpenApiDocument>();

/** Reads and parses a bundled OpenAPI JSON document (cached per path). */
export function loadDocument(path: string): OpenApiDocument {
  let document = cache.get(path);
  if (document === undefined) {
    const text = readFileSync(path, "utf8");
    try {
      document = JSON.parse(text) as OpenApiDocument;
    } catch (error) {
      throw new Error(`${path}: expected a JSON OpenAPI bundle, found invalid JSON (${(error as Error).message})`);
    }
    cache.set(path, document);
  }
  return document;
}

/** True for a non-null, non-array object. */
export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Decodes one JSON-pointer segment (`~1` → `/`, `~0` → `~`). */
function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Encodes one JSON-pointer segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follows a local `$ref` chain (`#/components/...`) until a node without `$ref`. */
export function deref<T = Node>(document: OpenApiDocument, node: unknown): T {
  let current = node;
  for (let hops = 0; isNode(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
    current = resolvePointer(document, current.$ref);
  }
  return current as T;
}

/** Resolves a local reference like `#/components/schemas/Pet`. */
export function resolvePointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#")) throw new Error(`Only local $refs are supported in a bundle, found ${ref}`);
  let current: unknown = document;
  for (const raw of ref
    .slice(1)
    .split("/")
    .filter((segment) => segment !== "")) {
    const key = unescapePointer(raw);
    if (!isNode(current) && !Array.isArray(current)) throw new Error(`$ref ${ref}: ${key} is not reachable`);
    current = (current as Record<string, unknown>)[key];
    if (current === undefined) throw new Error(`$ref ${ref}: no ${key}`);
  }
  return current;
}
