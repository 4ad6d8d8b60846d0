// Compares two JSON Schemas (OpenAPI 3.1) for one direction of traffic.
//
// One rule covers both directions: the side that must keep working ("wide") has to accept every
// value the other side ("narrow") can produce.
//   request:  callers send what the RELEASED schema allowed → the NEW schema must accept it.
//   response: callers handle what the RELEASED schema promised → the NEW schema must stay within it.
// So a request may widen (new optional field, new enum value) and a response may narrow (a field
// becomes required, an enum loses a value), never the reverse. Two rules go beyond set inclusion,
// because our users compile against generated types: a removed property breaks in both directions
// (the type loses it), and request constraints are checked while response constraints are not
// (a longer string in a response is not worth a major release; a shorter limit on input is).
import { follow as deref, refName } from "@partner-apis/contract-core";

const CONSTRAINTS_MAX = ["maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum"];
const CONSTRAINTS_MIN = ["minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum"];
/** The JSON types each constraint applies to: `maxLength` says nothing about a null. */
const CONSTRAINED_TYPES = {
  maxLength: ["string"],
  minLength: ["string"],
  pattern: ["string"],
  maxItems: ["array"],
  minItems: ["array"],
  maxProperties: ["object"],
  minProperties: ["object"],
  maximum: ["number", "integer"],
  minimum: ["number", "integer"],
  exclusiveMaximum: ["number", "integer"],
  exclusiveMinimum: ["number", "integer"],
};

/**
 * Compares `before` (released) with `after` (new) schema for `direction` ("request" | "response")
 * and returns the changes found, each `{ level, rule, where, message }`.
 */
export function diffSchemas(docs, before, after, direction, where) {
  const ctx = { docs, direction, where, seen: new Set(), changes: [] };
  const [narrow, wide] = direction === "request" ? [before, after] : [after, before];
  const narrowDoc = direction === "request" ? docs.before : docs.after;
  const wideDoc = direction === "request" ? docs.after : docs.before;
  include(ctx, side(narrowDoc, narrow), side(wideDoc, wide), { field: "", owner: undefined });
  return ctx.changes;
}

/** A schema resolved and flattened (allOf merged) on one side, with the `$ref` it came from. */
function side(doc, schema) {
  const { node, ref } = deref(doc, schema);
  return { doc, ref, schema: flattenAllOf(doc, node === true || node == null ? {} : node) };
}

function flattenAllOf(doc, schema) {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...merged } = schema;
  merged.properties = { ...schema.properties };
  merged.required = [...(schema.required ?? [])];
  for (const part of allOf) {
    const resolved = flattenAllOf(doc, deref(doc, part).node ?? {});
    Object.assign(merged.properties, resolved.properties);
    merged.required.push(...(resolved.required ?? []));
    for (const [key, value] of Object.entries(resolved)) {
      if (key !== "properties" && key !== "required" && merged[key] === undefined) merged[key] = value;
    }
  }
  if (Object.keys(merged.properties).length === 0) delete merged.properties;
  return merged;
}

/**
 * Records that `wide` must accept everything `narrow` allows. `loc.field` is the path from the
 * body or parameter; `loc.owner` the same path from the nearest named schema (`Seance.status`), so one
 * change to a shared schema can be reported once for every operation that uses it.
 */
function include(ctx, narrow, wide, loc) {
  const ownerRef = (ctx.direction === "request" ? wide.ref : narrow.ref) ?? narrow.ref ?? wide.ref;
  if (ownerRef) loc = { field: loc.field, owner: refName(ownerRef) };
  if (narrow.ref && wide.ref) {
    const key = `${narrow.ref}|${wide.ref}`;
    if (ctx.seen.has(key)) return; // recursive schema: this pair is being compared already
    ctx.seen.add(key);
  }
  const wideVariants = variants(wide);
  if (variants(narrow).length === 1 && wideVariants.length === 1) {
    compareSingle(ctx, narrow, wide, loc);
    return;
  }
  // `type: [string, null]` against `oneOf: [string, null]`: each type is a variant of its own.
  const narrowVariants = variants(narrow).flatMap(splitByType);
  // Every variant the narrow side can produce must be accepted by some variant of the wide side.
  for (const variant of narrowVariants) {
    const candidates = [...wideVariants].sort((a, b) => sameName(b, variant) - sameName(a, variant));
    let best;
    for (const candidate of candidates) {
      const trial = { ...ctx, changes: [], seen: new Set(ctx.seen) };
      include(trial, variant, candidate, loc);
      const breaking = trial.changes.filter((change) => change.level === "breaking").length;
      if (!best || breaking < best.breaking) best = { breaking, changes: trial.changes, candidate };
      if (breaking === 0) break;
    }
    // The same named variant, or an unchanged number of variants: the details say what changed.
    const counterpart = sameName(best.candidate, variant) || narrowVariants.length === wideVariants.length;
    if (best.breaking === 0 || counterpart) {
      ctx.changes.push(...best.changes);
    } else {
      const label = refName(variant.ref) ?? describeTypes(typesOf(variant.schema));
      const rule = ctx.direction === "request" ? "request-variant-removed" : "response-variant-added";
      const message =
        ctx.direction === "request"
          ? `the released contract accepted a ${label} here; no variant of the new schema accepts it`
          : `the new schema may return a ${label} here, which no variant of the released contract allowed`;
      report(ctx, "breaking", rule, loc, message);
    }
  }
}

function variants(resolved) {
  const list = resolved.schema.oneOf ?? resolved.schema.anyOf;
  if (!Array.isArray(list)) return [resolved];
  return list.map((item) => side(resolved.doc, item));
}

function splitByType(resolved) {
  const { type } = resolved.schema;
  if (!Array.isArray(type) || type.length < 2) return [resolved];
  return type.map((single) => ({ ...resolved, schema: { ...resolved.schema, type: single } }));
}

function sameName(a, b) {
  return a.ref && b.ref && refName(a.ref) === refName(b.ref) ? 1 : 0;
}

function compareSingle(ctx, narrow, wide, loc) {
  const released = ctx.direction === "request" ? narrow : wide;
  const now = ctx.direction === "request" ? wide : narrow;
  compareTypes(ctx, narrow.schema, wide.schema, released.schema, now.schema, loc);
  compareEnums(ctx, narrow.schema, wide.schema, released.schema, now.schema, loc);
  compareFormats(ctx, narrow.schema, wide.schema, released.schema, now.schema, loc);
  if (ctx.direction === "request") compareConstraints(ctx, released.schema, now.schema, loc);
  compareProperties(ctx, narrow, wide, released, now, loc);
  if (narrow.schema.items !== undefined && wide.schema.items !== undefined) {
    include(ctx, side(narrow.doc, narrow.schema.items), side(wide.doc, wide.schema.items), child(loc, "[]"));
  }
  const narrowExtra = narrow.schema.additionalProperties;
  const wideExtra = wide.schema.additionalProperties;
  if (isSchema(narrowExtra) && isSchema(wideExtra)) {
    include(ctx, side(narrow.doc, narrowExtra), side(wide.doc, wideExtra), child(loc, "{*}"));
  }
  if (
    ctx.direction === "request" &&
    now.schema.additionalProperties === false &&
    released.schema.additionalProperties !== false
  ) {
    report(
      ctx,
      "breaking",
      "request-closed-to-additional-properties",
      loc,
      "the new schema sets additionalProperties: false; the released one accepted extra properties",
    );
  }
}

function compareTypes(ctx, narrow, wide, released, now, loc) {
  const narrowTypes = typesOf(narrow);
  const wideTypes = typesOf(wide);
  const missing = [...(narrowTypes.size === 0 ? ["any"] : narrowTypes)].filter((type) => !accepts(wideTypes, type));
  if (missing.length === 0) {
    if (!sameSet(narrowTypes, wideTypes)) {
      const rule = ctx.direction === "request" ? "request-type-widened" : "response-type-narrowed";
      report(ctx, "compatible", rule, loc, `type ${describeTypes(typesOf(released))} → ${describeTypes(typesOf(now))}`);
    }
    return;
  }
  const expected = describeTypes(typesOf(released));
  const found = describeTypes(typesOf(now));
  if (ctx.direction === "request") {
    report(
      ctx,
      "breaking",
      "request-type-changed",
      loc,
      `expected the new contract to accept ${missing.join(" | ")} as released (${expected}), found ${found}`,
    );
  } else {
    report(
      ctx,
      "breaking",
      "response-type-changed",
      loc,
      `may now be ${missing.join(" | ")}, which the released contract never returned (released ${expected}, now ${found})`,
    );
  }
}

function compareEnums(ctx, narrow, wide, released, now, loc) {
  const narrowValues = enumOf(narrow);
  const wideValues = enumOf(wide);
  if (!wideValues) {
    if (narrowValues && ctx.direction === "response") {
      report(
        ctx,
        "breaking",
        "response-enum-removed",
        loc,
        `the released contract returned only ${list(narrowValues)}; the new one lifts the list, so any value may come back`,
      );
    }
    return;
  }
  if (!narrowValues) {
    if (ctx.direction === "request") {
      report(
        ctx,
        "breaking",
        "request-enum-added",
        loc,
        `the released contract accepted any ${describeTypes(typesOf(released))}; the new one accepts only ${list(wideValues)}`,
      );
    }
    return;
  }
  const wideKeys = new Set(wideValues.map(key));
  const narrowKeys = new Set(narrowValues.map(key));
  const lost = narrowValues.filter((value) => !wideKeys.has(key(value)));
  const gained = wideValues.filter((value) => !narrowKeys.has(key(value)));
  if (ctx.direction === "request") {
    if (lost.length) {
      report(
        ctx,
        "breaking",
        "request-enum-value-removed",
        loc,
        `no longer accepts ${list(lost)} (released ${list(enumOf(released))}, now ${list(enumOf(now))})`,
      );
    }
    if (gained.length) report(ctx, "compatible", "request-enum-value-added", loc, `now also accepts ${list(gained)}`);
  } else {
    if (lost.length) {
      // Exhaustive switches over the generated literal union stop compiling, and code written
      // against the released list meets a value it has never seen: a major change for a typed SDK.
      report(
        ctx,
        "breaking",
        "response-enum-value-added",
        loc,
        `may now return ${list(lost)}, which the released contract did not list (released ${list(enumOf(released))}, now ${list(enumOf(now))})`,
      );
    }
    if (gained.length)
      report(ctx, "compatible", "response-enum-value-removed", loc, `no longer returns ${list(gained)}`);
  }
}

function compareFormats(ctx, narrow, wide, released, now, loc) {
  if (wide.format === undefined || wide.format === narrow.format) return;
  const rule = ctx.direction === "request" ? "request-format-changed" : "response-format-changed";
  report(
    ctx,
    "breaking",
    rule,
    loc,
    `expected format ${released.format ?? "(none)"} as released, found ${now.format ?? "(none)"}`,
  );
}

function compareConstraints(ctx, released, now, loc) {
  const sent = typesOf(released);
  const applies = (name) => sent.size === 0 || CONSTRAINED_TYPES[name].some((type) => sent.has(type));
  for (const name of CONSTRAINTS_MAX) {
    if (
      applies(name) &&
      typeof now[name] === "number" &&
      !(typeof released[name] === "number" && released[name] <= now[name])
    ) {
      report(
        ctx,
        "breaking",
        "request-constraint-tightened",
        loc,
        `${name} tightened: expected at least ${released[name] ?? "no limit"} as released, found ${now[name]}`,
      );
    }
  }
  for (const name of CONSTRAINTS_MIN) {
    if (
      applies(name) &&
      typeof now[name] === "number" &&
      !(typeof released[name] === "number" && released[name] >= now[name])
    ) {
      report(
        ctx,
        "breaking",
        "request-constraint-tightened",
        loc,
        `${name} tightened: expected at most ${released[name] ?? "no limit"} as released, found ${now[name]}`,
      );
    }
  }
  if (applies("pattern") && now.pattern !== undefined && now.pattern !== released.pattern) {
    report(
      ctx,
      "breaking",
      "request-constraint-tightened",
      loc,
      `pattern changed: expected ${released.pattern ?? "(none)"} as released, found ${now.pattern}`,
    );
  }
}

function compareProperties(ctx, narrow, wide, released, now, loc) {
  const releasedProps = released.schema.properties ?? {};
  const nowProps = now.schema.properties ?? {};
  const releasedRequired = new Set(released.schema.required ?? []);
  const nowRequired = new Set(now.schema.required ?? []);
  const dir = ctx.direction;
  for (const name of Object.keys(releasedProps)) {
    const path = child(loc, name);
    if (!(name in nowProps)) {
      const consequence =
        dir === "request" ? "callers that send it stop compiling" : "callers that read it stop compiling";
      report(
        ctx,
        "breaking",
        `${dir}-property-removed`,
        path,
        `removed (it was in the released contract; ${consequence})`,
      );
      continue;
    }
    if (dir === "request" && nowRequired.has(name) && !releasedRequired.has(name)) {
      report(
        ctx,
        "breaking",
        "request-property-became-required",
        path,
        "expected optional as released, found required",
      );
    }
    if (dir === "response" && releasedRequired.has(name) && !nowRequired.has(name)) {
      report(
        ctx,
        "breaking",
        "response-property-became-optional",
        path,
        "expected always present as released, found optional",
      );
    }
    include(ctx, side(narrow.doc, narrow.schema.properties[name]), side(wide.doc, wide.schema.properties[name]), path);
  }
  for (const name of Object.keys(nowProps)) {
    if (name in releasedProps) continue;
    const path = child(loc, name);
    if (dir === "request" && nowRequired.has(name)) {
      report(
        ctx,
        "breaking",
        "request-required-property-added",
        path,
        "new required property: released callers do not send it",
      );
    } else {
      report(
        ctx,
        "compatible",
        `${dir}-property-added`,
        path,
        nowRequired.has(name) ? "added (always present)" : "added (optional)",
      );
    }
  }
  // A property that was never declared but now must be sent (required without properties entry).
  if (dir === "request") {
    for (const name of nowRequired) {
      if (!(name in nowProps) && !releasedRequired.has(name)) {
        report(
          ctx,
          "breaking",
          "request-property-became-required",
          child(loc, name),
          "expected optional as released, found required",
        );
      }
    }
  }
}

/** The JSON types a schema allows; an empty set means any. */
export function typesOf(schema) {
  const types = new Set();
  if (Array.isArray(schema.type)) for (const type of schema.type) types.add(type);
  else if (typeof schema.type === "string") types.add(schema.type);
  else if (schema.const !== undefined) types.add(jsonType(schema.const));
  else if (Array.isArray(schema.enum)) for (const value of schema.enum) types.add(jsonType(value));
  else if (schema.properties || schema.additionalProperties !== undefined) types.add("object");
  else if (schema.items !== undefined) types.add("array");
  if (schema.nullable === true && types.size > 0) types.add("null");
  return types;
}

function accepts(types, type) {
  return types.size === 0 || types.has(type) || (type === "integer" && types.has("number"));
}

function enumOf(schema) {
  if (schema.const !== undefined) return [schema.const];
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function isSchema(value) {
  return value !== undefined && value !== false && value !== true;
}

function sameSet(a, b) {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function describeTypes(types) {
  return types.size === 0 ? "any" : [...types].join(" | ");
}

function key(value) {
  return JSON.stringify(value);
}

function list(values) {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

/** The location of a property (`name`) or of the items (`[]`, `{*}`) under `loc`. */
function child(loc, segment) {
  const append = (path) =>
    segment.startsWith("[") || segment.startsWith("{") || !path ? `${path}${segment}` : `${path}.${segment}`;
  return { field: append(loc.field), owner: loc.owner === undefined ? undefined : append(loc.owner) };
}

function report(ctx, level, rule, loc, message) {
  const where = loc.field ? `${ctx.where} › ${loc.field}` : ctx.where;
  ctx.changes.push({ level, rule, where, schema: loc.owner, message });
}
