// A bundled OpenAPI document as plain JSON, and the JSON-pointer walks over it. Bundles come from
// `redocly bundle`: every `$ref` is local (`#/components/...`).
import { readFileSync } from "node:fs";

/** Any JSON object node of a document. */
export type Node = Record<string, unknown>;

/** A parsed OpenAPI 3.1 document, `$ref`s still in place. */
export interface OpenApiDocument extends Node {
  openapi: string;
  info: Node & { title: string; version: string; summary?: string; description?: string };
  paths?: Record<string, Node>;
  components?: Node & { schemas?: Record<string, Node> };
  security?: SecurityRequirement[];
  servers?: (Node & { url: string; description?: string })[];
  tags?: (Node & { name: string; description?: string })[];
}

/** One alternative of a `security` list: scheme name → scopes. An empty object means "no credentials". */
export type SecurityRequirement = Record<string, string[]>;

/** True for a non-null, non-array object. */
export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads and parses a bundled OpenAPI JSON document; throws naming the file and what was wrong. */
export function readBundle(path: string): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new Error(`${path}: expected a bundled OpenAPI document, found no file (run the spec's bundle task first)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: expected a JSON OpenAPI bundle, found invalid JSON (${(error as Error).message})`);
  }
  return checkDocument(parsed, path);
}

/** Returns `value` typed as a document after checking the fields every tool relies on. */
export function checkDocument(value: unknown, source: string): OpenApiDocument {
  if (!isNode(value)) throw new Error(`${source}: expected an OpenAPI document object, found ${typeof value}`);
  if (typeof value.openapi !== "string" || !value.openapi.startsWith("3."))
    throw new Error(`${source}: openapi: expected "3.x", found ${JSON.stringify(value.openapi)}`);
  if (!isNode(value.info) || typeof value.info.title !== "string" || typeof value.info.version !== "string")
    throw new Error(`${source}: info: expected an object with title and version strings`);
  if (value.paths !== undefined && !isNode(value.paths))
    throw new Error(`${source}: paths: expected an object, found ${JSON.stringify(value.paths)}`);
  return value as OpenApiDocument;
}

/** Encodes one JSON-pointer segment (`/` → `~1`, `~` → `~0`). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Decodes one JSON-pointer segment of a URI fragment (`~1` → `/`, `~0` → `~`, percent-escapes). */
export function unescapePointer(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A literal `%` in a key: keep the segment as written.
  }
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The pointer of a node reached from `base` by `segments`, escaping each segment. */
export function pointerTo(base: string, ...segments: string[]): string {
  return `${base}/${segments.map(escapePointer).join("/")}`;
}

/** The node at a local reference like `#/components/schemas/Pet`; throws naming the missing segment. */
export function resolvePointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#")) {
    throw new Error(`$ref ${JSON.stringify(ref)}: expected a local ref ("#/..."), as \`redocly bundle\` writes them`);
  }
  let current: unknown = document;
  for (const raw of ref
    .slice(1)
    .split("/")
    .filter((segment) => segment !== "")) {
    const key = unescapePointer(raw);
    if ((!isNode(current) && !Array.isArray(current)) || !(key in current)) {
      throw new Error(`$ref ${JSON.stringify(ref)}: expected a node at "${key}", found nothing`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Where a `$ref` chain ends: the node, and the pointer it lives at (`pointer` unchanged when inline). */
export interface Resolved<T> {
  node: T;
  pointer: string;
  /** The last `$ref` followed, e.g. `#/components/schemas/Pet`; undefined when the node was inline. */
  ref: string | undefined;
}

/** Follows a chain of local `$ref`s from a node found at `pointer`; a chain that loops throws. */
export function follow<T = Node>(document: OpenApiDocument, node: unknown, pointer = ""): Resolved<T> {
  const seen = new Set<string>();
  let current = node;
  let at = pointer;
  let ref: string | undefined;
  while (isNode(current) && typeof current.$ref === "string") {
    ref = current.$ref;
    if (seen.has(ref)) throw new Error(`$ref cycle at ${ref}: expected a chain of refs ending in an object`);
    seen.add(ref);
    at = ref;
    current = resolvePointer(document, ref);
  }
  return { node: current as T, pointer: at, ref };
}

/** Follows a chain of local `$ref`s until a node without `$ref` (schema-internal refs stay in place). */
export function deref<T = Node>(document: OpenApiDocument, node: unknown): T {
  return follow<T>(document, node).node;
}

/** The component name a `$ref` points at (`#/components/schemas/Seance` → `Seance`). */
export function refName(ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : unescapePointer(ref.slice(ref.lastIndexOf("/") + 1));
}
