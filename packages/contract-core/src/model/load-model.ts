// One object per bundle that every tool asks about the contract: operations, `$ref`s, validators.
import { statSync } from "node:fs";
import { resolve as resolvePath } from "node:path";
import {
  checkDocument,
  deref,
  follow,
  isNode,
  type Node,
  type OpenApiDocument,
  type Resolved,
  readBundle,
  resolvePointer,
} from "./document.js";
import { type OperationMatch, OperationMatcher } from "./matcher.js";
import { type RequestParts, type ResponseParts, requestViolations, responseViolations } from "./message-validator.js";
import { listOperations, type Operation } from "./operations.js";
import { SchemaValidators, type Validate, type Violation } from "./schema-validator.js";

/** A loaded bundle and everything read from it. */
export interface Model {
  document: OpenApiDocument;
  /** Every operation, in document order. */
  operations: readonly Operation[];
  /** The operation with this `operationId` (or `METHOD path`); throws naming the known ids. */
  operation(id: string): Operation;
  /** The operation a request for `method` on `pathname` goes to, with its path parameters. */
  match(method: string, pathname: string): OperationMatch | undefined;
  /** Follows a node's chain of local `$ref`s (a loop throws); a non-ref node comes back as is. */
  resolve<T = Node>(node: unknown): T;
  /** Like {@link Model.resolve}, also telling where the node lives and which `$ref` led there. */
  follow<T = Node>(node: unknown, pointer?: string): Resolved<T>;
  /** The node at a local JSON pointer (`#/components/schemas/Pet`). */
  at(pointer: string): unknown;
  /** `components.schemas`, by name, as written. */
  schemas: Readonly<Record<string, Node>>;
  /** A compiled, cached validator for a schema node of the document or the schema at a JSON pointer. */
  validator(schemaOrPointer: Node | string): Validate;
  /** Every violation of a request against the operation (parameters, Content-Type, body). */
  validateRequest(operation: Operation, request: RequestParts): Violation[];
  /** Every violation of a response against the operation (status, Content-Type, body). */
  validateResponse(operation: Operation, response: ResponseParts): Violation[];
}

const byPath = new Map<string, { mtimeMs: number; model: Model }>();
const byDocument = new WeakMap<object, Model>();

/**
 * Loads a bundle (`dist/openapi.json` path) or takes an already parsed document, and returns its model.
 * Models are cached: per path until the file changes, per document object.
 */
export function loadModel(bundlePathOrDocument: string | OpenApiDocument): Model {
  if (typeof bundlePathOrDocument !== "string") {
    let model = byDocument.get(bundlePathOrDocument);
    if (model === undefined) {
      model = createModel(checkDocument(bundlePathOrDocument, "loadModel(document)"));
      byDocument.set(bundlePathOrDocument, model);
    }
    return model;
  }
  const path = resolvePath(bundlePathOrDocument);
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(path).mtimeMs;
  } catch {
    // readBundle names the missing file.
  }
  const cached = byPath.get(path);
  if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.model;
  const model = createModel(readBundle(path));
  byPath.set(path, { mtimeMs, model });
  return model;
}

function createModel(document: OpenApiDocument): Model {
  const operations = listOperations(document);
  const byId = new Map(operations.map((operation) => [operation.id, operation]));
  let matcher: OperationMatcher | undefined;
  let validators: SchemaValidators | undefined;
  // ajv compiles the whole document on first use: tools that only list operations never pay for it.
  const schemaValidators = () => {
    validators ??= new SchemaValidators(document);
    return validators;
  };
  const schemas = isNode(document.components?.schemas) ? document.components.schemas : {};
  return {
    document,
    operations,
    operation(id) {
      const found = byId.get(id);
      if (found === undefined) {
        throw new Error(
          `No operation ${JSON.stringify(id)} in ${document.info.title}: expected one of ${[...byId.keys()].join(", ")}`,
        );
      }
      return found;
    },
    match(method, pathname) {
      matcher ??= new OperationMatcher(operations);
      return matcher.match(method, pathname);
    },
    resolve: <T = Node>(node: unknown) => deref<T>(document, node),
    follow: <T = Node>(node: unknown, pointer = "") => follow<T>(document, node, pointer),
    at: (pointer) => resolvePointer(document, pointer),
    schemas,
    validator: (schemaOrPointer) =>
      typeof schemaOrPointer === "string"
        ? schemaValidators().at(schemaOrPointer)
        : schemaValidators().of(schemaOrPointer),
    validateRequest: (operation, request) => requestViolations(document, schemaValidators(), operation, request),
    validateResponse: (operation, response) => responseViolations(schemaValidators(), operation, response),
  };
}
