// The docs-only copy of a bundle: what the reference page renders. The bundle itself is never changed;
// the copy gains our client's code samples, visible inference marks, a local mock server, and (for a
// translated page) the translated texts. The `x-codeSamples`, `x-badges` and Schemas tag it also adds
// are what Redoc reads: only the benchmark's Redoc 2 baseline uses them (our renderer reads the samples
// from `operations`, the badge from `x-provenance`, and renders the Schemas section itself).
import type { CodeSample } from "./code-samples.js";
import { codeSamplesFor } from "./code-samples.js";
import { countUntranslated, localize } from "./localize.js";
import type { OpenApiDocument } from "./openapi.js";
import { cloneJson, listOperations } from "./openapi.js";
import type { ProvenanceCount } from "./provenance.js";
import { markInferred, withCallout } from "./provenance.js";
import type { Language, ProviderInfo } from "./providers.js";
import { mockUrl } from "./providers.js";

export interface OperationSamples {
  operationId: string;
  method: string;
  path: string;
  samples: CodeSample[];
}

export interface DocsSpec {
  provider: ProviderInfo;
  language: Language;
  doc: OpenApiDocument;
  /** One entry per operation of the bundle, in document order. */
  operations: OperationSamples[];
  inferred: ProvenanceCount;
  /** Fields replaced by a translation (0 for English). */
  translated: number;
  /** Summaries, descriptions and titles left in English on a translated page (0 for English). */
  untranslated: number;
}

/** The tag whose description lists every named schema, one section each (Redoc's `<SchemaDefinition>`). */
export const SCHEMAS_TAG = "schemas";

const SCHEMAS_TEXT = {
  en: { name: "Schemas", description: "Every named schema of the contract, as the operations above use it." },
  fr: { name: "Schémas", description: "Chaque schéma nommé du contrat, tel que les opérations ci-dessus l’utilisent." },
} as const;

/**
 * Adds a "Schemas" tag after the operations' tags: one heading per component schema (a menu entry and a
 * deep link), its description (with the inference callout once marked), then its definition.
 * Redoc's own `schemaDefinitionsTagName` would drop the schema's description, and with it the mark.
 */
function addSchemasSection(doc: OpenApiDocument, language: Language): void {
  const schemas = doc.components?.schemas ?? {};
  // Alphabetical: easy to scan, and a name always comes before the names it prefixes, which Redoc's
  // heading matcher needs (it would take "## OAuth2TokenRequest" for "## OAuth2Token" if it came first).
  const names = Object.keys(schemas).sort((a, b) => a.localeCompare(b, "en"));
  if (names.length === 0) return;
  const text = SCHEMAS_TEXT[language];
  const sections = names.map((name) => {
    const schema = schemas[name]!;
    // Headings inside a description would become menu entries of their own: demote them.
    const description =
      typeof schema.description === "string" ? schema.description.replace(/^#{1,2}(?=\s)/gm, "###") : "";
    const marked = schema["x-provenance"] === "inferred" ? withCallout(description, language) : description;
    return [
      `## ${name}`,
      marked,
      `<SchemaDefinition schemaRef="#/components/schemas/${name}" showReadOnly={true} showWriteOnly={true} />`,
    ]
      .filter(Boolean)
      .join("\n\n");
  });
  doc.tags = [
    ...(doc.tags ?? []),
    { name: SCHEMAS_TAG, "x-displayName": text.name, description: [text.description, ...sections].join("\n\n") },
  ];
  const groups = doc["x-tagGroups"];
  if (Array.isArray(groups)) groups.push({ name: text.name, tags: [SCHEMAS_TAG] });
}

const MOCK_SERVER_TEXT = {
  en: "Local mock (Prism, started by `npm start`): validates your requests, answers the spec's examples.",
  fr: "Mock local (Prism, lancé par `npm start`) : valide vos requêtes et répond les exemples du contrat.",
} as const;

/** The docs-only copy of `bundle` for one provider and language. */
export function buildDocsSpec(bundle: OpenApiDocument, provider: ProviderInfo, language: Language = "en"): DocsSpec {
  const doc = cloneJson(bundle);
  const untranslated = language === "en" ? 0 : countUntranslated(doc, language);
  const translated = language === "en" ? 0 : localize(doc, language).translated;

  const operations: OperationSamples[] = [];
  for (const op of listOperations(doc)) {
    const samples = codeSamplesFor(doc, provider, op, language);
    op.operation["x-codeSamples"] = samples;
    operations.push({
      operationId: typeof op.operation.operationId === "string" ? op.operation.operationId : `${op.method} ${op.path}`,
      method: op.method,
      path: op.path,
      samples,
    });
  }
  addSchemasSection(doc, language);
  const inferred = markInferred(doc, language);
  const mock = mockUrl(provider);
  const servers = doc.servers ?? [];
  if (!servers.some((s) => s.url.replace(/\/$/, "") === mock)) {
    doc.servers = [...servers, { url: mock, description: MOCK_SERVER_TEXT[language] }];
  }
  return { provider, language, doc, operations, inferred, translated, untranslated };
}
