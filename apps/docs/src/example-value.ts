// Picks the value a code sample sends: the spec's own example when it has one (they are the seed
// examples and validate), otherwise a value built from the schema, required fields only.
import type { JsonObject, OpenApiDocument } from "./openapi.js";
import { deref, isObject } from "./openapi.js";

const MAX_DEPTH = 8;

/** The first example a media type (request body) declares: `examples` first, then `example`, then its schema's. */
export function mediaTypeExample(doc: OpenApiDocument, mediaType: JsonObject): unknown {
  const fromExamples = firstExampleObjectValue(doc, mediaType.examples);
  if (fromExamples !== undefined) return fromExamples;
  if (mediaType.example !== undefined) return mediaType.example;
  return schemaExample(doc, mediaType.schema);
}

/** The value a sample passes for a parameter. */
export function parameterExample(doc: OpenApiDocument, parameter: JsonObject): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const fromExamples = firstExampleObjectValue(doc, parameter.examples);
  if (fromExamples !== undefined) return fromExamples;
  const value = schemaExample(doc, parameter.schema);
  // A string placeholder named after the parameter reads better than "string".
  if (value === PLACEHOLDER_STRING && typeof parameter.name === "string")
    return `my-${parameter.name.replace(/_/g, "-")}`;
  return value;
}

function firstExampleObjectValue(doc: OpenApiDocument, examples: unknown): unknown {
  if (!isObject(examples)) return undefined;
  for (const raw of Object.values(examples)) {
    const example = deref(doc, raw);
    if (isObject(example) && example.value !== undefined) return example.value;
  }
  return undefined;
}

const PLACEHOLDER_STRING = "string";

/** A value for `schema`: its own example, const, default or first enum value, else one built from its type. */
export function schemaExample(doc: OpenApiDocument, rawSchema: unknown, depth = 0): unknown {
  const schema = deref(doc, rawSchema);
  if (!isObject(schema) || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return schema.enum.find((v) => v !== null) ?? schema.enum[0];

  if (Array.isArray(schema.allOf)) return mergeAll(schema.allOf.map((part) => schemaExample(doc, part, depth + 1)));
  for (const key of ["oneOf", "anyOf"] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) {
      const nonNull = branches.find((b) => !isNullSchema(deref(doc, b))) ?? branches[0];
      return schemaExample(doc, nonNull, depth + 1);
    }
  }

  switch (primaryType(schema)) {
    case "object":
      return objectExample(doc, schema, depth);
    case "array":
      return [schemaExample(doc, schema.items, depth + 1) ?? PLACEHOLDER_STRING];
    case "integer":
      return typeof schema.minimum === "number" ? Math.ceil(schema.minimum) : 1;
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1.5;
    case "boolean":
      return true;
    case "null":
      return null;
    case "string":
      return stringExample(schema);
    default:
      return isObject(schema.properties) ? objectExample(doc, schema, depth) : undefined;
  }
}

function objectExample(doc: OpenApiDocument, schema: JsonObject, depth: number): JsonObject {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const value: JsonObject = {};
  for (const [name, propertySchema] of Object.entries(properties)) {
    if (!required.has(name)) continue;
    value[name] = schemaExample(doc, propertySchema, depth + 1) ?? PLACEHOLDER_STRING;
  }
  return value;
}

function mergeAll(parts: unknown[]): unknown {
  const objects = parts.filter(isObject);
  if (objects.length === 0) return parts.find((part) => part !== undefined);
  return Object.assign({}, ...objects);
}

function primaryType(schema: JsonObject): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== "null") ?? schema.type[0];
  return undefined;
}

function isNullSchema(schema: unknown): boolean {
  return (
    isObject(schema) &&
    (schema.type === "null" || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null))
  );
}

function stringExample(schema: JsonObject): string {
  switch (schema.format) {
    case "date":
      return "2024-01-31";
    case "date-time":
      return "2024-01-31T09:30:00Z";
    case "email":
      return "jane.doe@example.com";
    case "uuid":
      return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    case "uri":
    case "url":
      return "https://example.com";
    default:
      return PLACEHOLDER_STRING;
  }
}
