import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { escapePointer, isNode, type Node, type OpenApiDocument, resolvePointer } from "../spec/document.js";

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** One schema violation, with the JSON path of the offending value. */
export interface Violation {
  /** e.g. `body.data.items[0].amount_eur` */
  path: string;
  message: string;
}

const INT32 = [-(2 ** 31), 2 ** 31 - 1] as const;

/** Validates values against schemas of one OpenAPI 3.1 document (JSON Schema 2020-12, formats on). */
export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly bySchema = new WeakMap<Node, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    this.ajv = new Ajv2020({
      strict: false,
      allErrors: true,
      verbose: true,
      validateSchema: false,
      discriminator: false,
    });
    addFormats(this.ajv);
    // OpenAPI's own formats.
    this.ajv.addFormat("int32", {
      type: "number",
      validate: (n: number) => Number.isInteger(n) && n >= INT32[0] && n <= INT32[1],
    });
    this.ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
    this.ajv.addFormat("float", { type: "number", validate: () => true });
    this.ajv.addFormat("double", { type: "number", validate: () => true });
    for (const name of ["byte", "binary", "password"]) this.ajv.addFormat(name, true);
    this.ajv.addSchema(document as object, "spec");
  }

  /** Validator for the schema at a JSON pointer of the document (`$ref`s along the way followed). */
  at(pointer: string): ValidateFunction {
    const canonical = canonicalPointer(this.document, pointer);
    let validate = this.compiled.get(canonical);
    if (validate === undefined) {
      validate = this.ajv.compile({ $ref: `spec${canonical}` });
      this.compiled.set(canonical, validate);
    }
    return validate;
  }

  /** Validator for a schema node taken from the document (its local `$ref`s resolve against the document). */
  of(schema: Node): ValidateFunction {
    let validate = this.bySchema.get(schema);
    if (validate === undefined) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.bySchema.set(schema, validate);
    }
    return validate;
  }

  /** Violations of `value` against a schema node of the document (empty when valid). */
  violationsOf(schema: Node, value: unknown, prefix: string): Violation[] {
    const validate = this.of(schema);
    return validate(value) ? [] : describeErrors(validate.errors ?? [], prefix);
  }

  /** Violations of `value` against the schema at `pointer` (empty when valid). */
  violations(pointer: string, value: unknown, prefix = "body"): Violation[] {
    const validate = this.at(pointer);
    return validate(value) ? [] : describeErrors(validate.errors ?? [], prefix);
  }
}

/** A copy of a schema whose local `$ref`s (`#/components/…`) point into the document registered as `spec`. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!isNode(schema)) return schema;
  const copy: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = key === "$ref" && typeof value === "string" && value.startsWith("#") ? `spec${value}` : rebase(value);
  }
  return copy;
}

/** Turns ajv errors into `path: message` lines a person can act on. */
export function describeErrors(errors: readonly ErrorObject[], prefix: string): Violation[] {
  return errors
    .filter((error) => error.keyword !== "if") // "must match then": the `then` error says why
    .map((error) => {
      const segments = error.instancePath
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      let path = prefix;
      for (const segment of segments) path += /^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`;
      const params = error.params as Record<string, unknown>;
      if (error.keyword === "required")
        return { path: `${path}.${String(params.missingProperty)}`, message: "is required but missing" };
      if (error.keyword === "additionalProperties")
        return {
          path: `${path}.${String(params.additionalProperty)}`,
          message: "is not allowed (additionalProperties: false)",
        };
      if (error.keyword === "type")
        return { path, message: `expected type ${String(params.type)}, found ${describeFound(error.data)}` };
      if (error.keyword === "enum")
        return {
          path,
          message: `expected one of ${JSON.stringify(params.allowedValues)}, found ${JSON.stringify(error.data)}`,
        };
      if (error.keyword === "const")
        return {
          path,
          message: `expected ${JSON.stringify(params.allowedValue)}, found ${JSON.stringify(error.data)}`,
        };
      return {
        path,
        message: `${error.message ?? "is invalid"}${error.data === undefined ? "" : `, found ${truncate(JSON.stringify(error.data))}`}`,
      };
    });
}

function describeFound(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return `${typeof value} ${truncate(JSON.stringify(value))}`;
}

function truncate(text: string | undefined): string {
  if (text === undefined) return "undefined";
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Rewrites a pointer so that it never walks through a `$ref` object: ajv resolves pointers literally,
 * while responses, request bodies and parameters are often `$ref`s to components.
 */
export function canonicalPointer(document: OpenApiDocument, pointer: string): string {
  const segments = pointer
    .replace(/^#/, "")
    .split("/")
    .filter((s) => s !== "");
  let current: unknown = document;
  let canonical = "#";
  for (const [index, raw] of segments.entries()) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    current = (current as Record<string, unknown>)[key];
    canonical += `/${escapePointer(key)}`;
    const last = index === segments.length - 1;
    while (!last && isNode(current) && typeof current.$ref === "string") {
      canonical = current.$ref;
      current = resolvePointer(document, current.$ref);
    }
    if (current === undefined) throw new Error(`No schema at ${pointer}: ${key} is missing`);
  }
  return canonical;
}

/** The pointer of a node reached from `base` by `segments`, escaping each segment. */
export function pointerTo(base: string, ...segments: string[]): string {
  return `${base}/${segments.map(escapePointer).join("/")}`;
}
