// The docs-only copy of a bundle: what the reference page renders. The bundle itself is never changed;
// the copy gains our client's code samples, visible inference marks, a local mock server, and (for a
// translated page) the translated texts.
import type { CodeSample } from "./code-samples.js";
import { codeSamplesFor } from "./code-samples.js";
import { localize } from "./localize.js";
import type { OpenApiDocument } from "./openapi.js";
import { cloneJson, listOperations } from "./openapi.js";
import type { ProvenanceCount } from "./provenance.js";
import { markInferred } from "./provenance.js";
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
}

const MOCK_SERVER_TEXT = {
  en: "Local mock (Prism, started by `npm start`): validates your requests, answers the spec's examples.",
  fr: "Mock local (Prism, lancé par `npm start`) : valide vos requêtes et répond les exemples du contrat.",
} as const;

/** The docs-only copy of `bundle` for one provider and language. */
export function buildDocsSpec(bundle: OpenApiDocument, provider: ProviderInfo, language: Language = "en"): DocsSpec {
  const doc = cloneJson(bundle);
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
  const inferred = markInferred(doc, language);
  const mock = mockUrl(provider);
  const servers = doc.servers ?? [];
  if (!servers.some((s) => s.url.replace(/\/$/, "") === mock)) {
    doc.servers = [...servers, { url: mock, description: MOCK_SERVER_TEXT[language] }];
  }
  return { provider, language, doc, operations, inferred, translated };
}
