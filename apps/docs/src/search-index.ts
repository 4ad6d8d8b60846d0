// The build-time search index: one entry per operation and per named schema of every reference,
// with the URL (from the site root) that opens it. One index per language covers every API.
import type { SearchEntry } from "./client/search.js";
import type { DocsSpec } from "./docs-spec.js";
import { listOperations } from "./openapi.js";
import type { Language } from "./providers.js";
import { operationAnchor, operationTitle } from "./render/operation.js";
import { schemaAnchor } from "./render/schema.js";
import { referenceLocation } from "./site-map.js";

/** The entries of one reference page. */
export function searchEntries(docs: DocsSpec): SearchEntry[] {
  const dir = referenceLocation(docs.provider, docs.language).dir;
  const api = docs.provider.names[docs.language];
  const entries: SearchEntry[] = listOperations(docs.doc).map((op) => {
    const id = typeof op.operation.operationId === "string" ? op.operation.operationId : `${op.method} ${op.path}`;
    return {
      kind: "operation",
      title: operationTitle(op),
      operationId: id,
      method: op.method.toUpperCase(),
      path: op.path,
      api,
      url: `${dir}#${operationAnchor(id)}`,
    };
  });
  for (const name of Object.keys(docs.doc.components?.schemas ?? {})) {
    entries.push({ kind: "schema", title: name, api, url: `${dir}#${schemaAnchor(name)}` });
  }
  return entries;
}

/** The index of a language: each provider's page in that language, or its English page when it has none. */
export function searchIndex(all: DocsSpec[], language: Language): SearchEntry[] {
  const providers = [...new Set(all.map((d) => d.provider.id))];
  return providers.flatMap((id) => {
    const pages = all.filter((d) => d.provider.id === id);
    const page = pages.find((d) => d.language === language) ?? pages.find((d) => d.language === "en") ?? pages[0]!;
    return searchEntries(page);
  });
}
