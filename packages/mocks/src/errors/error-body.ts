// Error answers in the provider's own shape, derived from the spec: the documented response for the
// status gives the schema (and an example to start from); the detail goes into the field that schema has
// for messages. Nothing here knows a provider: a fourth one gets its shape from its own spec.
import { STATUS_CODES } from "node:http";
import type { SchemaValidator, Violation } from "../contract/schema-validator.js";
import { deref, isNode, type Node, type OpenApiDocument } from "../spec/document.js";
import { isJsonMediaType } from "../spec/media-type.js";
import type { Operation } from "../spec/operations.js";

/** What went wrong, before it is shaped: a machine slug, a sentence, and the offending fields. */
export interface ErrorDetail {
  /** Short machine code, e.g. `invalid_request`, `not_found`, `unauthorized`. */
  type: string;
  /** One sentence naming what was expected and what was found. */
  message: string;
  /** Each offending field (`body.seance_date`, `query.limit`) with what was expected. */
  violations?: Violation[];
}

/** A shaped error answer, ready to send. */
export interface ErrorAnswer {
  status: number;
  contentType: string;
  body: unknown;
}

const MESSAGE_FIELDS = new Set(["msg", "message", "detail", "error_description", "title"]);
const LIST_FIELDS = new Set(["messages", "errors", "details", "violations"]);
const SAMPLE_DEPTH = 8;

/** Builds error answers for one document. */
export class ErrorShaper {
  private readonly documentedAnywhere: Map<number, Operation["responses"][string]>;

  constructor(
    private readonly document: OpenApiDocument,
    operations: readonly Operation[],
    private readonly validator: SchemaValidator,
  ) {
    this.documentedAnywhere = new Map();
    for (const operation of operations) {
      for (const [code, response] of Object.entries(operation.responses)) {
        const status = Number(code);
        if (Number.isInteger(status) && !this.documentedAnywhere.has(status))
          this.documentedAnywhere.set(status, response);
      }
    }
  }

  /**
   * The first of `preferred` that the operation documents (for an unknown route: that any operation
   * documents), else the operation's lowest documented 4xx, else the first of `preferred`.
   */
  statusFor(operation: Operation | undefined, preferred: readonly number[]): number {
    const documented = (status: number) =>
      operation === undefined ? this.documentedAnywhere.has(status) : operation.responses[String(status)] !== undefined;
    const anyClientError = Object.keys(operation?.responses ?? {})
      .map(Number)
      .filter((status) => status >= 400 && status < 500)
      .sort((a, b) => a - b)[0];
    return preferred.find(documented) ?? anyClientError ?? preferred[0] ?? 400;
  }

  /**
   * The answer for `detail` at `status`: the documented body for that status with the detail inside,
   * validated against the documented schema; an RFC 7807 problem when asked for one (`problem`) or when
   * the spec documents no JSON body for that status.
   */
  answer(
    operation: Operation | undefined,
    status: number,
    detail: ErrorDetail,
    context: { path: string; problem?: boolean; now?: Date },
  ): ErrorAnswer {
    const response =
      operation === undefined ? this.documentedAnywhere.get(status) : operation.responses[String(status)];
    const content = response?.content ?? {};
    const mediaType = Object.keys(content).find(isJsonMediaType);
    const media = mediaType === undefined ? undefined : content[mediaType];
    if (context.problem || mediaType === undefined || media === undefined)
      return problemAnswer(status, detail, context.path);
    const schema = media.schema;
    const example = firstExample(this.document, media.node, schema);
    const valid = (value: unknown) =>
      schema === undefined || this.validator.violationsOf(schema, value, "body").length === 0;

    // One candidate per alternative of an anyOf/oneOf body, filled from the example or a sample.
    const resolved = schema === undefined ? undefined : deref<Node>(this.document, schema);
    const alternatives = [
      ...(((resolved?.anyOf ?? resolved?.oneOf) as Node[] | undefined) ?? []),
      ...(schema === undefined ? [] : [schema]),
    ];
    const filled = alternatives.map((alternative) =>
      this.fill(
        alternative,
        example !== undefined ? structuredClone(example) : sample(this.document, alternative, 0),
        status,
        detail,
        context,
        0,
      ),
    );
    for (const candidate of [...filled, example, sample(this.document, schema, 0)]) {
      if (candidate !== undefined && valid(candidate)) return { status, contentType: mediaType, body: candidate };
    }
    return problemAnswer(status, detail, context.path);
  }

  /** Puts the detail into the fields the schema has for it (status, message, messages list/map, type). */
  private fill(
    rawSchema: Node,
    value: unknown,
    status: number,
    detail: ErrorDetail,
    context: { path: string; now?: Date },
    depth: number,
  ): unknown {
    const schema = deref<Node>(this.document, rawSchema);
    if (depth > SAMPLE_DEPTH || !isNode(value)) return value;
    const parts = [
      schema,
      ...((schema.allOf as Node[] | undefined) ?? []).map((part) => deref<Node>(this.document, part)),
    ];
    const required = new Set(parts.flatMap((part) => (part.required as string[] | undefined) ?? []));
    for (const part of parts) {
      for (const [name, rawProperty] of Object.entries(
        isNode(part.properties) ? (part.properties as Record<string, Node>) : {},
      )) {
        const property = deref<Node>(this.document, rawProperty);
        const key = name.toLowerCase();
        const types = typesOf(property);
        const fixed = property.const !== undefined || Array.isArray(property.enum);
        if (key === "status" && (types.has("integer") || types.has("number")) && !fixed) value[name] = status;
        else if (key === "status" && types.has("string") && !fixed) value[name] = String(status);
        else if (MESSAGE_FIELDS.has(key) && types.has("string") && !fixed) value[name] = detail.message;
        else if (LIST_FIELDS.has(key)) {
          const list = listValue(this.document, property, detail);
          if (list !== undefined) value[name] = list;
        } else if ((key === "type" || key === "code") && types.has("string") && !fixed) value[name] = detail.type;
        else if (key === "error" && types.has("string") && !fixed) value[name] = STATUS_CODES[status] ?? "Error";
        else if (key === "path" && types.has("string") && !fixed && property.format === undefined)
          value[name] = context.path;
        else if (key === "timestamp" && types.has("string") && property.format === "date-time")
          value[name] = (context.now ?? new Date()).toISOString();
        else if (types.has("object") || isNode(property.properties)) {
          if (value[name] === undefined && !required.has(name)) continue;
          value[name] = this.fill(
            property,
            value[name] ?? sample(this.document, property, depth + 1),
            status,
            detail,
            context,
            depth + 1,
          );
        }
      }
    }
    return value;
  }
}

/** The detail as the list field's schema wants it: field → messages map, or a list of lines. */
function listValue(document: OpenApiDocument, rawProperty: Node, detail: ErrorDetail): unknown {
  const property = deref<Node>(document, rawProperty);
  const types = typesOf(property);
  const violations = detail.violations?.length ? detail.violations : [{ path: "request", message: detail.message }];
  if (types.has("object") || isNode(property.additionalProperties)) {
    const additional = isNode(property.additionalProperties)
      ? deref<Node>(document, property.additionalProperties)
      : {};
    const asArray = typesOf(additional).has("array");
    const map: Record<string, unknown> = {};
    for (const { path, message } of violations) {
      const key = path.replace(/^body\./, "");
      if (asArray) map[key] = [...((map[key] as string[] | undefined) ?? []), message];
      else map[key] = map[key] === undefined ? message : `${String(map[key])}; ${message}`;
    }
    return map;
  }
  if (types.has("array")) {
    const items = isNode(property.items) ? deref<Node>(document, property.items) : {};
    if (typesOf(items).has("string")) return violations.map(({ path, message }) => `${path}: ${message}`);
    if (typesOf(items).has("object")) return violations.map(({ path, message }) => ({ field: path, message }));
  }
  return undefined;
}

function typesOf(schema: Node): Set<string> {
  if (Array.isArray(schema.type)) return new Set(schema.type as string[]);
  if (typeof schema.type === "string") return new Set([schema.type]);
  if (isNode(schema.properties)) return new Set(["object"]);
  return new Set();
}

/** The media type's first example (`example`, `examples`, then the schema's `examples`). */
function firstExample(document: OpenApiDocument, media: Node, schema: Node | undefined): unknown {
  if (media.example !== undefined) return media.example;
  if (isNode(media.examples)) {
    for (const raw of Object.values(media.examples)) {
      const example = deref<Node>(document, raw);
      if (isNode(example) && example.value !== undefined) return example.value;
    }
  }
  const resolved = schema === undefined ? undefined : deref<Node>(document, schema);
  if (Array.isArray(resolved?.examples) && resolved.examples.length > 0) return resolved.examples[0];
  return undefined;
}

/** A minimal value the schema accepts: const, enum, default or example, required properties only. */
export function sample(document: OpenApiDocument, rawSchema: Node | undefined, depth: number): unknown {
  if (rawSchema === undefined || depth > SAMPLE_DEPTH) return undefined;
  const schema = deref<Node>(document, rawSchema);
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  const types = typesOf(schema);
  if (types.has("object")) {
    const value: Record<string, unknown> = {};
    const properties = isNode(schema.properties) ? (schema.properties as Record<string, Node>) : {};
    for (const name of (schema.required as string[] | undefined) ?? [])
      value[name] = sample(document, properties[name] ?? {}, depth + 1);
    return value;
  }
  if (types.has("array")) return [];
  if (types.has("integer") || types.has("number")) return typeof schema.minimum === "number" ? schema.minimum : 0;
  if (types.has("boolean")) return false;
  if (types.has("string")) return "";
  if (types.has("null")) return null;
  return {};
}

function problemAnswer(status: number, detail: ErrorDetail, path: string): ErrorAnswer {
  return {
    status,
    contentType: "application/problem+json",
    body: {
      type: `urn:partner-apis:problem:${detail.type}`,
      title: STATUS_CODES[status] ?? "Error",
      status,
      detail: detail.message,
      instance: path,
      ...(detail.violations?.length ? { errors: detail.violations } : {}),
    },
  };
}
