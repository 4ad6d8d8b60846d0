// Schema validation is the contract core's (one compiled validator per schema, cached in its model):
// this class only gives the mocks' call sites their shape (a schema node or a pointer, and a prefix).
import { loadModel, type Model, type Node, type OpenApiDocument } from "@partner-apis/contract-core";

export { pointerTo, type Violation } from "@partner-apis/contract-core";

import type { Violation } from "@partner-apis/contract-core";

/** Validates values against the schemas of one OpenAPI document (through its core model). */
export class SchemaValidator {
  private readonly model: Model;

  constructor(document: OpenApiDocument) {
    this.model = loadModel(document);
  }

  /** Violations of `value` against a schema node of the document (empty when valid). */
  violationsOf(schema: Node, value: unknown, prefix: string): Violation[] {
    return this.model.validator(schema)(value, prefix);
  }

  /** Violations of `value` against the schema at `pointer` (empty when valid). */
  violations(pointer: string, value: unknown, prefix = "body"): Violation[] {
    return this.model.validator(pointer)(value, prefix);
  }

  /** Compiles the schema at `pointer` (throws when it cannot be compiled). */
  compile(pointer: string): void {
    this.model.validator(pointer);
  }
}
