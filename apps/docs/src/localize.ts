// Builds a translated copy of a spec from its `x-<field>-<lang>` texts (Coanda carries
// `x-summary-fr`, `x-description-fr`, `x-displayName-fr`...): each one replaces its field.
import type { JsonObject } from "./openapi.js";
import { isObject } from "./openapi.js";
import type { Language } from "./providers.js";

// Standard OpenAPI text fields; any other translated name stays an extension (`x-displayName`).
const STANDARD_FIELDS = new Set(["summary", "description", "title"]);

export interface LocalizeCount {
  /** Fields replaced by their translation. */
  translated: number;
}

/** Swaps every `x-<field>-<language>` into `<field>` in place. */
export function localize(doc: JsonObject, language: Language): LocalizeCount {
  const suffix = `-${language}`;
  let translated = 0;
  visit(doc, (node) => {
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith("x-") || !key.endsWith(suffix) || typeof value !== "string") continue;
      const field = key.slice(2, -suffix.length);
      node[STANDARD_FIELDS.has(field) ? field : `x-${field}`] = value;
      translated += 1;
    }
  });
  return { translated };
}

/** How many `x-<field>-<language>` texts the document carries. */
export function countTranslations(doc: JsonObject, language: Language): number {
  let count = 0;
  visit(doc, (node) => {
    for (const key of Object.keys(node)) if (key.startsWith("x-") && key.endsWith(`-${language}`)) count += 1;
  });
  return count;
}

/** How many summaries, descriptions and titles have no `x-<field>-<language>` translation. */
export function countUntranslated(doc: JsonObject, language: Language): number {
  let count = 0;
  visit(doc, (node) => {
    for (const field of STANDARD_FIELDS) {
      if (typeof node[field] === "string" && typeof node[`x-${field}-${language}`] !== "string") count += 1;
    }
  });
  return count;
}

// Visits every object except example payloads (`example`, an Example's `value`): their fields are
// data. Inside a schema's `properties` map those names are just field names, and are visited.
function visit(node: unknown, fn: (node: JsonObject) => void, isPropertiesMap = false): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, fn);
    return;
  }
  if (!isObject(node)) return;
  fn(node);
  for (const [key, child] of Object.entries(node)) {
    if (!isPropertiesMap && (key === "example" || key === "value")) continue;
    visit(child, fn, key === "properties" && !isPropertiesMap);
  }
}
