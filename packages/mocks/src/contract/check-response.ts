import { isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import { essence, isJsonMediaType, mediaRangeMatches } from "../spec/media-type.js";
import type { Operation } from "../spec/operations.js";
import type { HttpResult } from "./http-client.js";
import { pointerTo, type SchemaValidator, type Violation } from "./schema-validator.js";

/** The documented response key that covers `status`: exact, then `2XX`-style range, then `default`. */
export function responseKeyFor(operation: Operation, status: number): string | undefined {
  const keys = Object.keys(operation.responses);
  return (
    keys.find((key) => key === String(status)) ??
    keys.find((key) => key.toUpperCase() === `${String(status)[0]}XX`) ??
    keys.find((key) => key === "default")
  );
}

/** Documented success statuses of the operation, e.g. `["200"]`. */
export function successKeys(operation: Operation): string[] {
  return Object.keys(operation.responses).filter((key) => /^2(\d\d|XX)$/i.test(key));
}

/**
 * Every way `result` breaks the contract of `operation`: an undocumented status, an undocumented
 * Content-Type, a body that does not validate against the response schema (with field paths).
 */
export function checkResponse(
  document: OpenApiDocument,
  validator: SchemaValidator,
  operation: Operation,
  result: HttpResult,
): Violation[] {
  const key = responseKeyFor(operation, result.status);
  if (key === undefined) {
    return [
      {
        path: "status",
        message: `expected one of ${Object.keys(operation.responses).join(", ")}, found ${result.status}`,
      },
    ];
  }
  const response = operation.responses[key]!;
  const content = response.content;
  const declared = Object.keys(content);
  if (declared.length === 0) return [];
  if (result.mediaType === undefined) {
    return result.text === ""
      ? [{ path: "body", message: `expected a ${declared.join(" or ")} body, found an empty body` }]
      : [{ path: "headers.content-type", message: `expected ${declared.join(" or ")}, found none` }];
  }
  const mediaType =
    declared.find((range) => essence(range) === result.mediaType) ??
    declared.find((range) => mediaRangeMatches(range, result.mediaType!));
  if (mediaType === undefined) {
    return [{ path: "headers.content-type", message: `expected ${declared.join(" or ")}, found ${result.mediaType}` }];
  }
  if (content[mediaType]?.schema === undefined) return [];
  let value: unknown = result.text;
  if (isJsonMediaType(mediaType)) {
    if (result.json === undefined)
      return [{ path: "body", message: `expected JSON, found ${JSON.stringify(result.text.slice(0, 60))}` }];
    value = result.json;
  }
  return validator.violations(pointerTo(operation.pointer, "responses", key, "content", mediaType, "schema"), value);
}
