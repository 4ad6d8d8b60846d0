// Compiled JSON Schema validators over one document (OpenAPI 3.1 = JSON Schema 2020-12), cached per
// schema, with errors phrased as `<path>: expected …, found …`.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { escapePointer, isNode, type Node, type OpenApiDocument, resolvePointer, unescapePointer } from "./document.js";

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** One schema violation: where (`body.items[0].amount`) and what was expected. */
export interface Violation {
  path: string;
  message: string;
}

/** Validates a value and returns its violations (empty when valid); `path` prefixes every violation. */
export type Validate = (value: unknown, path?: string) => Violation[];

const INT32 = [-(2 ** 31), 2 ** 31 - 1] as const;
const DOCUMENT_ID = "openapi";

/** Compiles and caches validators for the schemas of one document. */
export class SchemaValidators {
  private readonly ajv: Ajv2020;
  private readonly byPointer = new Map<string, Validate>();
  private readonly bySchema = new WeakMap<Node, Validate>();

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
    this.ajv.addSchema(document as object, DOCUMENT_ID);
  }

  /** The validator of the schema at a JSON pointer (`#/components/schemas/Pet`, or inside an operation). */
  at(pointer: string): Validate {
    const canonical = canonicalPointer(this.document, pointer);
    let validate = this.byPointer.get(canonical);
    if (validate === undefined) {
      validate = wrap(this.ajv.compile({ $ref: `${DOCUMENT_ID}${canonical}` }));
      this.byPointer.set(canonical, validate);
    }
    return validate;
  }

  /** The validator of a schema node taken from the document (its local `$ref`s resolve against the document). */
  of(schema: Node): Validate {
    let validate = this.bySchema.get(schema);
    if (validate === undefined) {
      validate = wrap(this.ajv.compile(rebase(schema) as object));
      this.bySchema.set(schema, validate);
    }
    return validate;
  }
}

function wrap(validate: ValidateFunction): Validate {
  return (value, path = "body") => (validate(value) ? [] : describeErrors(validate.errors ?? [], path));
}

/** A copy of a schema whose local `$ref`s (`#/components/…`) point into the registered document. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!isNode(schema)) return schema;
  const copy: Node = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] =
      key === "$ref" && typeof value === "string" && value.startsWith("#") ? `${DOCUMENT_ID}${value}` : rebase(value);
  }
  return copy;
}

/** Turns ajv errors into violations a person can act on. */
export function describeErrors(errors: readonly ErrorObject[], prefix: string): Violation[] {
  return errors
    .filter((error) => error.keyword !== "if") // "must match then": the `then` error says why
    .map((error) => {
      let path = prefix;
      for (const segment of error.instancePath.split("/").slice(1).map(unescapePointer))
        path += /^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`;
      const params = error.params as Record<string, unknown>;
      switch (error.keyword) {
        case "required":
          return { path: `${path}.${String(params.missingProperty)}`, message: "is required but missing" };
        case "additionalProperties":
          return {
            path: `${path}.${String(params.additionalProperty)}`,
            message: "is not allowed (additionalProperties: false)",
          };
        case "type":
          return { path, message: `expected type ${String(params.type)}, found ${describeFound(error.data)}` };
        case "enum":
          return {
            path,
            message: `expected one of ${JSON.stringify(params.allowedValues)}, found ${JSON.stringify(error.data)}`,
          };
        case "const":
          return {
            path,
            message: `expected ${JSON.stringify(params.allowedValue)}, found ${JSON.stringify(error.data)}`,
          };
        default:
          return {
            path,
            message: `${error.message ?? "is invalid"}${error.data === undefined ? "" : `, found ${truncate(JSON.stringify(error.data))}`}`,
          };
      }
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
    .filter((segment) => segment !== "");
  let current: unknown = document;
  let canonical = "#";
  for (const [index, raw] of segments.entries()) {
    const key = unescapePointer(raw);
    current = isNode(current) || Array.isArray(current) ? (current as Record<string, unknown>)[key] : undefined;
    canonical += `/${escapePointer(key)}`;
    if (current === undefined) throw new Error(`No schema at ${pointer}: expected a node at "${key}", found nothing`);
    const seen = new Set<string>();
    while (index < segments.length - 1 && isNode(current) && typeof current.$ref === "string") {
      if (seen.has(current.$ref)) throw new Error(`$ref cycle at ${current.$ref} on the way to ${pointer}`);
      seen.add(current.$ref);
      canonical = current.$ref;
      current = resolvePointer(document, current.$ref);
    }
  }
  return canonical;
}
