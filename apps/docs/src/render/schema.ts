// JSON Schemas as readable nested property lists: type and format, required, constraints, enum and
// const values, defaults, variants (oneOf/anyOf/allOf with the discriminator), array items and map
// values, each nested schema indented under its property. Named schemas link to the Schemas section;
// a schema met again inside itself is cut with a link instead of recursing.
import type { JsonObject, OpenApiDocument } from "../openapi.js";
import { deref, isObject } from "../openapi.js";
import { escapeHtml } from "./html.js";
import { markdown } from "./markdown.js";
import type { UiText } from "./ui-text.js";

const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;
/** Named schemas expanded inline below this nesting; deeper ones are a link and a collapsed expansion. */
const OPEN_DEPTH = 2;
/** Beyond this nesting a named schema is only a link (the Schemas section has it in full). */
const MAX_DEPTH = 4;

export interface SchemaContext {
  doc: OpenApiDocument;
  text: UiText;
}

interface Walk extends SchemaContext {
  depth: number;
  /** Named schemas being expanded, outermost first: meeting one again is a cycle. */
  stack: string[];
}

/** The anchor of a named schema in the Schemas section. */
export function schemaAnchor(name: string): string {
  return `schema/${name}`;
}

/** The name of a `#/components/schemas/<Name>` reference, if `schema` is one. */
export function refName(schema: unknown): string | undefined {
  if (!isObject(schema) || typeof schema.$ref !== "string") return undefined;
  const match = SCHEMA_REF.exec(schema.$ref);
  return match ? decodeURIComponent(match[1]!).replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}

/** A whole schema (a request body, a response) as HTML: its type line, constraints and structure. */
export function renderSchema(ctx: SchemaContext, schema: unknown): string {
  return schemaBody({ ...ctx, depth: 0, stack: [] }, schema, true);
}

/** The definition of the named schema `name` (Schemas section): constraints and structure, itself cut where it recurs. */
export function renderNamedSchema(ctx: SchemaContext, name: string): string {
  const schema = ctx.doc.components?.schemas?.[name];
  if (!isObject(schema)) return "";
  const walk: Walk = { ...ctx, depth: 0, stack: [name] };
  return [constraints(ctx, schema), structure(walk, schema)].filter(Boolean).join("\n");
}

function schemaBody(w: Walk, raw: unknown, top = false): string {
  const name = refName(raw);
  if (name && w.stack.includes(name)) return `<p class="pa-cycle">${schemaLink(name)} ${escapeHtml(w.text.cycle)}</p>`;
  const schema = deref(w.doc, raw);
  if (!isObject(schema)) return "";
  const inner: Walk = name ? { ...w, stack: [...w.stack, name] } : w;
  const parts: string[] = [];
  if (top) {
    parts.push(`<p class="pa-schema-head">${typeLabel(w, raw)}${name ? ` ${schemaLink(name)}` : ""}</p>`);
    parts.push(constraints(w, schema));
    if (name) parts.push(markdown(schema.description));
  }
  parts.push(structure(inner, schema));
  return parts.filter(Boolean).join("\n");
}

/** What is inside a schema: its properties, array items, map values and variants. */
function structure(w: Walk, schema: JsonObject): string {
  const parts: string[] = [];
  if (isObject(schema.properties)) parts.push(propertyList(w, schema));
  if (isObject(schema.additionalProperties)) {
    parts.push(
      `<div class="pa-nested"><p class="pa-sub">${escapeHtml(w.text.additional)} ${typeLabel(w, schema.additionalProperties)}</p>${nested(w, schema.additionalProperties)}</div>`,
    );
  }
  if (schema.items !== undefined && isObject(schema.items)) {
    const items = nested(w, schema.items);
    if (items)
      parts.push(
        `<div class="pa-nested"><p class="pa-sub">${escapeHtml(w.text.items)}: ${typeLabel(w, schema.items)}</p>${items}</div>`,
      );
  }
  for (const key of ["allOf", "oneOf", "anyOf"] as const) {
    if (Array.isArray(schema[key])) parts.push(variants(w, schema, key));
  }
  return parts.join("\n");
}

function propertyList(w: Walk, schema: JsonObject): string {
  const properties = schema.properties as JsonObject;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  // Required fields first, each group in the spec's order.
  const names = Object.keys(properties).sort((a, b) => Number(required.has(b)) - Number(required.has(a)));
  const items = names.map((propertyName) => {
    const raw = properties[propertyName];
    const resolved = deref(w.doc, raw);
    const target = isObject(resolved) ? resolved : {};
    // A property's own description (3.1 allows one beside $ref) wins over the target's.
    const description = isObject(raw) && typeof raw.description === "string" ? raw.description : target.description;
    const flags = [
      required.has(propertyName) ? `<span class="pa-required">${escapeHtml(w.text.required)}</span>` : "",
      target.readOnly === true ? `<span class="pa-flag">${escapeHtml(w.text.readOnly)}</span>` : "",
      target.writeOnly === true ? `<span class="pa-flag">${escapeHtml(w.text.writeOnly)}</span>` : "",
      target.deprecated === true ? `<span class="pa-flag">${escapeHtml(w.text.deprecated)}</span>` : "",
    ].join("");
    return `<li class="pa-prop"><div class="pa-prop-head"><code class="pa-prop-name">${escapeHtml(propertyName)}</code> ${typeLabel(w, raw)}${flags}</div>${constraints(w, target)}${markdown(description)}${nested(w, raw)}</li>`;
  });
  return `<ul class="pa-props">\n${items.join("\n")}\n</ul>`;
}

/** The inside of a property's schema, when it has one: inline, or collapsed once nesting is deep. */
function nested(w: Walk, raw: unknown): string {
  const name = refName(raw);
  const next: Walk = { ...w, depth: w.depth + 1 };
  if (name && w.stack.includes(name)) return `<p class="pa-cycle">${schemaLink(name)} ${escapeHtml(w.text.cycle)}</p>`;
  const schema = deref(w.doc, raw);
  if (!isObject(schema) || !hasStructure(w, schema)) return "";
  if (name && w.depth >= MAX_DEPTH) return "";
  const body = structure(name ? { ...next, stack: [...w.stack, name] } : next, schema);
  if (!body) return "";
  if (name && w.depth >= OPEN_DEPTH) {
    return `<details class="pa-nested"><summary>${escapeHtml(name)}</summary>${body}</details>`;
  }
  return `<div class="pa-nested">${body}</div>`;
}

function hasStructure(w: Walk, schema: JsonObject): boolean {
  if (isObject(schema.properties) || isObject(schema.additionalProperties)) return true;
  if (["allOf", "oneOf", "anyOf"].some((k) => Array.isArray(schema[k]))) return true;
  if (isObject(schema.items)) {
    const items = deref(w.doc, schema.items);
    return isObject(items) && hasStructure(w, items);
  }
  return false;
}

function variants(w: Walk, schema: JsonObject, key: "allOf" | "oneOf" | "anyOf"): string {
  const list = schema[key] as unknown[];
  const label = key === "oneOf" ? w.text.oneOf : key === "anyOf" ? w.text.anyOf : w.text.allOf;
  const discriminator = isObject(schema.discriminator) ? schema.discriminator : undefined;
  const mapping = discriminator && isObject(discriminator.mapping) ? discriminator.mapping : {};
  const mappedValue = (raw: unknown): string | undefined => {
    const ref = isObject(raw) ? raw.$ref : undefined;
    return Object.entries(mapping).find(([, target]) => target === ref)?.[0];
  };
  const head = discriminator
    ? ` <span class="pa-constraint">${escapeHtml(w.text.discriminator)}: <code>${escapeHtml(String(discriminator.propertyName))}</code></span>`
    : "";
  const items = list.map((raw, index) => {
    const name = refName(raw);
    const target = deref(w.doc, raw);
    const title =
      name ?? (isObject(target) && typeof target.title === "string" ? target.title : `${w.text.variant} ${index + 1}`);
    const value = mappedValue(raw);
    const body = schemaInline(w, raw);
    return `<li class="pa-variant"><p class="pa-sub">${name ? schemaLink(name) : escapeHtml(title)} ${typeLabel(w, raw)}${value !== undefined ? ` <span class="pa-constraint">= <code>${escapeHtml(value)}</code></span>` : ""}</p>${body}</li>`;
  });
  return `<div class="pa-variants"><p class="pa-sub">${escapeHtml(label)}:${head}</p><ol>${items.join("")}</ol></div>`;
}

/** A variant's constraints, description (for inline ones) and structure. */
function schemaInline(w: Walk, raw: unknown): string {
  const name = refName(raw);
  const target = deref(w.doc, raw);
  if (!isObject(target)) return "";
  const own = name ? "" : constraints(w, target) + markdown(target.description);
  return own + nested(w, raw);
}

/** `string · date`, `array of Contract`, `integer | null`... */
export function typeLabel(ctx: SchemaContext, raw: unknown): string {
  const name = refName(raw);
  const schema = deref(ctx.doc, raw);
  if (!isObject(schema)) return "";
  const types = Array.isArray(schema.type)
    ? schema.type.map(String)
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  let label = types.join(" | ");
  if (!label) {
    if (isObject(schema.properties)) label = "object";
    else if (schema.oneOf || schema.anyOf || schema.allOf) label = name ?? "";
    else if (schema.const !== undefined) label = typeof schema.const;
    else if (Array.isArray(schema.enum)) label = typeof schema.enum[0];
  }
  if (types.includes("array") && schema.items !== undefined) {
    const itemName = refName(schema.items);
    const items = deref(ctx.doc, schema.items);
    const itemType = itemName ?? (isObject(items) && typeof items.type === "string" ? items.type : "");
    if (itemType) label = label.replace("array", `array of ${itemType}`);
  }
  const format =
    typeof schema.format === "string" ? ` <span class="pa-format">${escapeHtml(schema.format)}</span>` : "";
  const nullable = schema.nullable === true ? ` <span class="pa-flag">${escapeHtml(ctx.text.nullable)}</span>` : "";
  return `<span class="pa-type">${escapeHtml(label || "any")}</span>${format}${nullable}`;
}

/** One line of the constraints a value must meet: enum, const, default, bounds, pattern. */
export function constraints(ctx: SchemaContext, schema: JsonObject): string {
  const t = ctx.text;
  const code = (value: unknown) => `<code>${escapeHtml(JSON.stringify(value))}</code>`;
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`${escapeHtml(t.enumValues)} ${schema.enum.map(code).join(" ")}`);
  if (schema.const !== undefined) parts.push(`${escapeHtml(t.constValue)} ${code(schema.const)}`);
  if (schema.default !== undefined) parts.push(`${escapeHtml(t.defaultValue)} ${code(schema.default)}`);
  const bound = (label: string, key: string, exclusive?: string) => {
    if (typeof schema[key] === "number") parts.push(`${escapeHtml(label)} ${code(schema[key])}`);
    if (exclusive && typeof schema[exclusive] === "number")
      parts.push(`${escapeHtml(label)} ${code(schema[exclusive])} (exclusive)`);
  };
  bound(t.min, "minimum", "exclusiveMinimum");
  bound(t.max, "maximum", "exclusiveMaximum");
  bound(t.minLength, "minLength");
  bound(t.maxLength, "maxLength");
  bound(t.minItems, "minItems");
  bound(t.maxItems, "maxItems");
  if (typeof schema.multipleOf === "number") parts.push(`× ${code(schema.multipleOf)}`);
  if (typeof schema.pattern === "string")
    parts.push(`${escapeHtml(t.pattern)} <code>${escapeHtml(schema.pattern)}</code>`);
  if (schema.example !== undefined && !isObject(schema.example) && !Array.isArray(schema.example)) {
    parts.push(`${escapeHtml(t.example)} ${code(schema.example)}`);
  } else if (Array.isArray(schema.examples) && schema.examples.length > 0 && !isObject(schema.examples[0])) {
    parts.push(`${escapeHtml(t.example)} ${code(schema.examples[0])}`);
  }
  if (parts.length === 0) return "";
  return `<p class="pa-constraints">${parts.map((p) => `<span class="pa-constraint">${p}</span>`).join(" ")}</p>`;
}

/** A link to a named schema in the Schemas section. */
export function schemaLink(name: string): string {
  return `<a class="pa-schema-link" href="#${escapeHtml(schemaAnchor(name))}">${escapeHtml(name)}</a>`;
}
