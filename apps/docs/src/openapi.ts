// The docs' view of a bundle, on top of the contract core's OpenAPI model (`listOperations`, `deref`,
// `HTTP_METHODS` are defined there once). Bundles come from `redocly bundle`: every $ref is local.
import type { Operation } from "@partner-apis/contract-core";
import { deref as coreDeref, listOperations as coreListOperations, HTTP_METHODS } from "@partner-apis/contract-core";

export { HTTP_METHODS };

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

export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationRef {
  path: string;
  method: HttpMethod;
  /** The operation object itself (mutating it mutates the document it came from). */
  operation: JsonObject;
  /** The core model's reading of it: parameters merged and resolved, bodies, responses, security. */
  model: Operation;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every operation of a document, in document order (the core model's list). */
export function listOperations(doc: OpenApiDocument): OperationRef[] {
  return coreListOperations(doc).map((model) => ({
    path: model.path,
    method: model.method,
    operation: model.node,
    model,
  }));
}

/** Follows local `$ref`s until a plain object (or a non-object) is reached. */
export function deref(doc: OpenApiDocument, value: unknown): unknown {
  return coreDeref(doc, value);
}

/** The operation's effective parameters (path-level ones overridden by operation-level ones), dereferenced. */
export function operationParameters(_doc: OpenApiDocument, op: OperationRef): JsonObject[] {
  return op.model.parameters.map((parameter) => parameter.node);
}

/** A structured clone of a JSON document. */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}
