// What a sandbox can store, read from the spec alone: an item path (`…/{id}`) with a GET is a resource;
// a PUT on it makes it writable; a GET on its parent path lists it; a GET whose list items have the
// same schema elsewhere lists its versions; an item path that prefixes another's is its parent.
import { deref, isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import { isJsonMediaType } from "../spec/media-type.js";
import type { Operation } from "../spec/operations.js";

/** One kind of stored object (e.g. the contracts of a portfolio). */
export interface Resource {
  /** Last static segment of the collection path, e.g. `contracts`. */
  name: string;
  /** Item path template, e.g. `/portfolios/{portfolio_id}/contracts/{contract_id}`. */
  itemPath: string;
  /** Collection path template, e.g. `/portfolios/{portfolio_id}/contracts`. */
  collectionPath: string;
  /** Path parameter naming the item (last one) and those naming its parents. */
  idParam: string;
  parentParams: string[];
  get: Operation;
  put?: Operation;
  list?: Operation;
  /** GET operations listing every stored version (e.g. `contract-versions`). */
  versionLists: Operation[];
  /** The resource whose item path prefixes this one's, if any. */
  parent?: Resource;
  /** The item schema (the GET's 200 JSON schema node, `$ref` kept). */
  schema: Node | undefined;
  /** The item schema's `object` constant, when it has one (`contract`). */
  objectConst?: string;
}

/** The resources of a document. */
export function findResources(document: OpenApiDocument, operations: readonly Operation[]): Resource[] {
  const byKey = new Map(operations.map((operation) => [`${operation.method} ${operation.path}`, operation]));
  const resources: Resource[] = [];
  for (const get of operations) {
    const last = /\/\{([^}]+)\}$/.exec(get.path);
    if (get.method !== "get" || last === null) continue;
    const collectionPath = get.path.slice(0, last.index);
    resources.push({
      name: collectionPath.split("/").pop() ?? collectionPath,
      itemPath: get.path,
      collectionPath,
      idParam: last[1] ?? "",
      parentParams: [...collectionPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? ""),
      get,
      put: byKey.get(`put ${get.path}`),
      list: byKey.get(`get ${collectionPath}`),
      versionLists: [],
      schema: successSchema(get),
      objectConst: objectConst(document, successSchema(get)),
    });
  }
  const collections = new Set(resources.map((resource) => resource.collectionPath));
  for (const operation of operations) {
    if (operation.method !== "get" || /\}$/.test(operation.path) || collections.has(operation.path)) continue;
    const items = listItemSchema(document, operation);
    const owner = resources.find(
      (resource) => items !== undefined && sameSchema(resource.schema, items) && sameParent(resource, operation.path),
    );
    owner?.versionLists.push(operation);
  }
  for (const resource of resources) {
    resource.parent = resources.find(
      (candidate) => candidate !== resource && resource.collectionPath.startsWith(`${candidate.itemPath}/`),
    );
  }
  return resources;
}

/** The 200 JSON schema of an operation. */
export function successSchema(operation: Operation): Node | undefined {
  const content = operation.responses["200"]?.content ?? {};
  const mediaType = Object.keys(content).find(isJsonMediaType);
  return mediaType === undefined ? undefined : content[mediaType]?.schema;
}

/** The item schema of a list envelope (`{ data: [item] }`), `$ref` kept. */
function listItemSchema(document: OpenApiDocument, operation: Operation): Node | undefined {
  const schema = successSchema(operation);
  if (schema === undefined) return undefined;
  const data = deref<Node>(document, schema).properties;
  const items =
    isNode(data) && isNode((data as Node).data) ? deref<Node>(document, (data as Node).data).items : undefined;
  return isNode(items) ? items : undefined;
}

function sameSchema(a: Node | undefined, b: Node): boolean {
  return a !== undefined && typeof a.$ref === "string" && a.$ref === b.$ref;
}

function sameParent(resource: Resource, path: string): boolean {
  const parent = resource.collectionPath.slice(0, resource.collectionPath.lastIndexOf("/"));
  return path.slice(0, path.lastIndexOf("/")) === parent;
}

function objectConst(document: OpenApiDocument, schema: Node | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const properties = deref<Node>(document, schema).properties;
  const object = isNode(properties) && isNode(properties.object) ? deref<Node>(document, properties.object) : undefined;
  return typeof object?.const === "string" ? object.const : undefined;
}

/** Fills a path template with parameters. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}
