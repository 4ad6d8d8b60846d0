// Makes `x-provenance: inferred` visible: a badge before the summary of inferred operations, and a callout
// carrying the spec's own reason at the top of every inferred description (operation, schema, field).
import type { JsonObject, OpenApiDocument } from "./openapi.js";
import { isObject, listOperations } from "./openapi.js";
import type { Language } from "./providers.js";

export const INFERRED_BADGE_COLOR = "#b45309";

const TEXT = {
  en: {
    badge: "Inferred",
    lead: "Not documented by the provider.",
    fallback: "The provider's pages do not state this: see the description for what it was inferred from.",
  },
  fr: {
    badge: "Déduit",
    lead: "Non documenté par le fournisseur.",
    fallback: "Les pages du fournisseur ne le disent pas : la description dit d’où cela est déduit.",
  },
} as const;

// Paragraphs that give the reason: they say "inferred" (or "déduit" in French).
const REASON = /\binferr|\binfér|\bdédui/i;

export interface ProvenanceCount {
  operations: number;
  /** Schemas, properties, parameters and other described objects marked inferred. */
  others: number;
}

/** Marks every inferred object of `doc` in place; returns how many it marked. */
export function markInferred(doc: OpenApiDocument, language: Language = "en"): ProvenanceCount {
  const text = TEXT[language];
  const operations = new Set<JsonObject>();
  for (const { operation } of listOperations(doc)) {
    if (operation["x-provenance"] !== "inferred") continue;
    operations.add(operation);
    const badges = Array.isArray(operation["x-badges"]) ? operation["x-badges"] : [];
    operation["x-badges"] = [...badges, { name: text.badge, color: INFERRED_BADGE_COLOR, position: "before" }];
    operation.description = withCallout(operation.description, language);
  }
  let others = 0;
  walk(doc, (node) => {
    if (node["x-provenance"] !== "inferred" || operations.has(node)) return;
    node.description = withCallout(node.description, language);
    others += 1;
  });
  return { operations: operations.size, others };
}

/** The description with the inference callout first: the paragraphs that give the reason move into it. */
export function withCallout(description: unknown, language: Language = "en"): string {
  const text = TEXT[language];
  const paragraphs = typeof description === "string" ? description.trim().split(/\n\s*\n/) : [];
  const reasons = paragraphs.filter((p) => REASON.test(p));
  const rest = paragraphs.filter((p) => !REASON.test(p));
  const reason = reasons.length > 0 ? reasons.map((p) => p.replace(/\s*\n\s*/g, " ")).join(" ") : text.fallback;
  // Redoc renders the Markdown inside the callout when the HTML block is separated by blank lines.
  const callout = [
    `<div class="pa-inferred" role="note">`,
    "",
    `<span class="pa-inferred-badge">${text.badge}</span> **${text.lead}** ${reason}`,
    "",
    "</div>",
  ].join("\n");
  return [callout, ...rest].join("\n\n");
}

// Visits every object of the document that can carry a description, skipping example payloads
// (their keys are data, not spec). `key` is the node's name in its parent, `inProperties` whether
// that parent is a schema's `properties` map (where "example" or "value" are just field names).
function walk(node: unknown, visit: (node: JsonObject) => void, key = "", inProperties = false): void {
  const payload =
    !inProperties &&
    (key === "example" || key === "value" || key === "examples" || key === "enum" || key === "x-codeSamples");
  if (Array.isArray(node)) {
    if (payload) return;
    for (const item of node) walk(item, visit);
    return;
  }
  if (!isObject(node) || (payload && key !== "examples")) return;
  visit(node);
  for (const [childKey, child] of Object.entries(node))
    walk(child, visit, childKey, key === "properties" && !inProperties);
}
