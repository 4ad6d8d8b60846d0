// The OpenAPI model is the contract core's: this module only names the parts the mocks use.
import { loadModel, type OpenApiDocument } from "@partner-apis/contract-core";

export {
  deref,
  isNode,
  type Node,
  type OpenApiDocument,
} from "@partner-apis/contract-core";

/** Reads a bundled OpenAPI JSON document (the core's model caches it per path until the file changes). */
export function loadDocument(path: string): OpenApiDocument {
  return loadModel(path).document;
}
