import { expect } from "vitest";
import type { HttpResult } from "../../src/contract/http-client.js";
import { pointerTo, type SchemaValidator } from "../../src/contract/schema-validator.js";
import { isJsonMediaType } from "../../src/spec/media-type.js";
import type { Operation } from "../../src/spec/operations.js";

/** A compact, printable description of a response for assertion messages. */
export function show(result: HttpResult): string {
  return `${result.status} ${result.mediaType ?? "(no content-type)"} ${result.text.slice(0, 400)}`;
}

/**
 * An error in the provider's own shape: a status in range that the operation documents (for an
 * unknown route: that some operation documents), and a body valid against that status's schema.
 */
export function expectProviderError(
  validator: SchemaValidator,
  operations: readonly Operation[],
  operation: Operation | undefined,
  result: HttpResult,
  statusRange: [number, number],
  context: string,
): void {
  expect(result.status, `${context}: ${show(result)}`).toBeGreaterThanOrEqual(statusRange[0]);
  expect(result.status, `${context}: ${show(result)}`).toBeLessThanOrEqual(statusRange[1]);
  const documenting = (operation === undefined ? operations : [operation]).find(
    (candidate) => candidate.responses[String(result.status)] !== undefined,
  );
  expect(documenting, `${context}: status ${result.status} is not documented: ${show(result)}`).toBeDefined();
  expect(result.mediaType, `${context}: expected a JSON body, found ${show(result)}`).toMatch(/json/);
  expect(result.mediaType, `${context}: problem+json is only on request`).not.toBe("application/problem+json");
  const content = documenting!.responses[String(result.status)]!.content as Record<string, unknown>;
  const mediaType = Object.keys(content).find((type) => isJsonMediaType(type))!;
  const violations = validator.violations(
    pointerTo(documenting!.pointer, "responses", String(result.status), "content", mediaType, "schema"),
    result.json,
  );
  expect(violations, `${context}: the body breaks the documented ${result.status} schema: ${show(result)}`).toEqual([]);
}
