import fc from "fast-check";
import { deref, isNode, type Node, type OpenApiDocument } from "../../src/spec/document.js";

/**
 * A seeded JSON-Schema → fast-check arbitrary, over the subset our specs use: type (incl. arrays of
 * types), const, enum, properties/required, items/minItems/maxItems/uniqueItems, string lengths,
 * formats and patterns, numeric bounds and multipleOf, allOf (merged), oneOf/anyOf (one branch),
 * `$ref`. `if/then/else` and cross-field rules are not modelled: callers keep only what ajv accepts.
 */
export function arbitraryFor(document: OpenApiDocument, rawSchema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const schema = mergeAllOf(document, deref<Node>(document, rawSchema));
  if (!isNode(schema) || Object.keys(schema).length === 0) return fc.constant("any");
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(branches) && branches.length > 0) {
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
    return fc.oneof(
      ...branches.map((branch) => arbitraryFor(document, mergeAllOf(document, { allOf: [rest, branch] }), depth + 1)),
    );
  }
  if (Array.isArray(schema.type)) {
    return fc.oneof(...(schema.type as string[]).map((type) => arbitraryFor(document, { ...schema, type }, depth)));
  }
  const type =
    (schema.type as string | undefined) ??
    (isNode(schema.properties) ? "object" : schema.items !== undefined ? "array" : undefined);
  switch (type) {
    case "object":
      return objectArbitrary(document, schema, depth);
    case "array":
      return arrayArbitrary(document, schema, depth);
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return integerArbitrary(schema);
    case "number":
      return numberArbitrary(schema);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean());
  }
}

/** allOf members merged into one schema (properties and required combined), so it can be generated. */
function mergeAllOf(document: OpenApiDocument, schema: Node): Node {
  if (!isNode(schema) || !Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  let merged: Node = { ...rest };
  for (const part of allOf as unknown[]) {
    const member = mergeAllOf(document, deref<Node>(document, part));
    merged = {
      ...member,
      ...merged,
      properties: { ...(member.properties as Node | undefined), ...(merged.properties as Node | undefined) },
      required: [...new Set([...((member.required as string[]) ?? []), ...((merged.required as string[]) ?? [])])],
    };
  }
  return merged;
}

function objectArbitrary(document: OpenApiDocument, schema: Node, depth: number): fc.Arbitrary<unknown> {
  const properties = (isNode(schema.properties) ? schema.properties : {}) as Record<string, unknown>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const keys = Object.keys(properties).filter((key) => required.has(key) || depth < 4);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) model[key] = arbitraryFor(document, properties[key], depth + 1);
  // Required keys not described under properties still have to be present.
  for (const key of required) model[key] ??= fc.string({ minLength: 1, maxLength: 8 });
  return fc.record(model, { requiredKeys: [...required] });
}

function arrayArbitrary(document: OpenApiDocument, schema: Node, depth: number): fc.Arbitrary<unknown> {
  const minLength = Number(schema.minItems ?? 0);
  const maxLength = Math.min(Number(schema.maxItems ?? minLength + (depth < 3 ? 3 : 1)), minLength + 3);
  const items = arbitraryFor(document, schema.items ?? {}, depth + 1);
  return schema.uniqueItems === true
    ? fc.uniqueArray(items, { minLength, maxLength, selector: (value) => JSON.stringify(value) })
    : fc.array(items, { minLength, maxLength });
}

const ISO_DATES = { min: new Date("2000-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true };

function stringArbitrary(schema: Node): fc.Arbitrary<unknown> {
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Number(schema.maxLength ?? Math.max(minLength, 16));
  const fit = (arbitrary: fc.Arbitrary<string>) =>
    arbitrary.filter((value) => value.length >= minLength && value.length <= maxLength);
  switch (schema.format) {
    case "date":
      return fc.date(ISO_DATES).map((date) => date.toISOString().slice(0, 10));
    case "date-time":
      return fc.date(ISO_DATES).map((date) => date.toISOString().replace(/\.\d{3}Z$/, "Z"));
    case "time":
      return fc.date(ISO_DATES).map((date) => date.toISOString().slice(11, 19) + "Z");
    case "email":
      return fit(fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/).map((local) => `${local}@example.com`));
    case "uri":
    case "url":
      return fit(fc.stringMatching(/^[a-z0-9]{1,12}$/).map((segment) => `https://example.com/${segment}`));
    case "uuid":
      return fc.uuid();
    default:
      break;
  }
  if (typeof schema.pattern === "string") {
    try {
      return fit(fc.stringMatching(new RegExp(schema.pattern)));
    } catch {
      // A pattern fast-check cannot invert: fall through to plain strings (ajv filters the misses).
    }
  }
  return fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 24) });
}

function bounds(schema: Node): { min?: number; max?: number } {
  const min =
    typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : (schema.minimum as number | undefined);
  const max =
    typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : (schema.maximum as number | undefined);
  return { min, max };
}

function integerArbitrary(schema: Node): fc.Arbitrary<unknown> {
  const { min, max } = bounds(schema);
  const low =
    min === undefined
      ? -1000
      : Math.ceil(min) + (typeof schema.exclusiveMinimum === "number" && Number.isInteger(min) ? 1 : 0);
  const high =
    max === undefined
      ? Math.max(low, 0) + 1000
      : Math.floor(max) - (typeof schema.exclusiveMaximum === "number" && Number.isInteger(max) ? 1 : 0);
  const step = typeof schema.multipleOf === "number" ? schema.multipleOf : 1;
  return fc.integer({ min: Math.ceil(low / step), max: Math.floor(high / step) }).map((n) => n * step);
}

function numberArbitrary(schema: Node): fc.Arbitrary<unknown> {
  const { min, max } = bounds(schema);
  const low = min ?? -1000;
  const high = max ?? low + 2000;
  if (typeof schema.multipleOf === "number") {
    const step = schema.multipleOf;
    return fc
      .integer({ min: Math.ceil(low / step), max: Math.floor(high / step) })
      .map((n) => Number((n * step).toFixed(10)));
  }
  // Two decimals: the amounts our APIs carry; exclusive bounds are filtered by ajv downstream.
  return fc.integer({ min: Math.ceil(low * 100), max: Math.floor(high * 100) }).map((n) => n / 100);
}

/** A value of a different JSON type than `value`, to break a `type` constraint. */
export function wrongTypeFor(value: unknown): unknown {
  if (typeof value === "string") return 12345;
  if (typeof value === "number") return "not-a-number";
  if (typeof value === "boolean") return "yes";
  if (value === null) return { unexpected: "object" };
  if (Array.isArray(value)) return { not: "an array" };
  return "not-an-object";
}

/** Every location inside a JSON value, as key paths (`[]` is the root). */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, index) => pathsOf(item, [...prefix, index])));
  if (isNode(value))
    return here.concat(Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])));
  return here;
}

/** A deep copy of `value` with the thing at `path` removed (object key or array element). */
export function without(value: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(value);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last as string];
  return copy;
}

/** A deep copy of `value` with the thing at `path` replaced (the root when `path` is empty). */
export function replaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy);
  (parent as Record<string | number, unknown>)[path[path.length - 1]!] = replacement;
  return copy;
}

/** Human-readable path: `body.subscriber[0].name`. */
export function formatPath(path: (string | number)[], prefix = "body"): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}.${key}`), prefix);
}

export type Mutation = "remove" | "wrong-type" | "extra-property" | "root";

/** One way of breaking a valid body, applied at a location chosen by index. */
export function mutate(value: unknown, kind: Mutation, pick: number): unknown {
  const locations = pathsOf(value);
  const at = locations[pick % locations.length]!;
  switch (kind) {
    case "remove":
      return at.length === 0 ? undefined : without(value, at);
    case "wrong-type":
      return replaced(
        value,
        at,
        wrongTypeFor(at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value)),
      );
    case "extra-property": {
      const objects = locations.filter((path) =>
        isNode(path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value)),
      );
      const target = objects[pick % Math.max(objects.length, 1)] ?? [];
      return replaced(value, [...target, "unexpected_property_x"], "surprise");
    }
    case "root":
      return [null, 42, "text", [], true][pick % 5];
  }
}
