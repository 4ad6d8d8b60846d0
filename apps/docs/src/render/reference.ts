// A provider's reference page, rendered to static HTML at build time: a sidebar of every operation
// and schema, the API's introduction, every operation (samples beside it), then the Schemas section.
// A small script (assets/app.js) adds search, Try it, the theme toggle and copy buttons.
import type { DocsSpec } from "../docs-spec.js";
import { SCHEMAS_TAG } from "../docs-spec.js";
import type { AuthPlan, RequestPlan } from "../request-plan.js";
import type { ReferenceLocation } from "../site-map.js";
import { bundleFile, referenceLocation, relativeUrl } from "../site-map.js";
import { versionLabel } from "../spec-facts.js";
import { escapeHtml, jsonForScript } from "./html.js";
import { markdown } from "./markdown.js";
import type { OperationView } from "./operation.js";
import { operationAnchor, operationTitle, renderOperation } from "./operation.js";
import { pageHead, pageShellEnd, pageShellStart } from "./page.js";
import type { SchemaContext } from "./schema.js";
import { renderNamedSchema, schemaAnchor, typeLabel } from "./schema.js";
import { uiText } from "./ui-text.js";

export interface SiteAssets {
  /** Paths under the site root. */
  css: string;
  app: string;
  /** Search index per language. */
  search: Record<string, string>;
}

export interface ReferenceInput {
  page: ReferenceLocation;
  docs: DocsSpec;
  assets: SiteAssets;
  views: OperationView[];
  /** What Try it needs: the auth plan and each operation's example request. */
  tryIt: { auth: AuthPlan; mockUrl: string; operations: Record<string, RequestPlan> };
}

interface TagGroup {
  id: string;
  name: string;
  description: string;
  views: OperationView[];
}

/** Operations grouped by their first tag, in the spec's tag order (untagged ones last). */
function groups(docs: DocsSpec, views: OperationView[]): TagGroup[] {
  const tags = (docs.doc.tags ?? []).filter((t) => t.name !== SCHEMAS_TAG);
  const byTag = new Map<string, TagGroup>();
  for (const tag of tags) {
    const name = typeof tag["x-displayName"] === "string" ? tag["x-displayName"] : tag.name;
    byTag.set(tag.name, {
      id: tag.name,
      name,
      description: typeof tag.description === "string" ? tag.description : "",
      views: [],
    });
  }
  const other: TagGroup = { id: "other", name: uiText(docs.language).operations, description: "", views: [] };
  for (const view of views) {
    const first = Array.isArray(view.ref.operation.tags) ? String(view.ref.operation.tags[0]) : undefined;
    const group = first ? byTag.get(first) : undefined;
    if (group) group.views.push(view);
    else if (first) {
      const created = { id: first, name: first, description: "", views: [view] };
      byTag.set(first, created);
    } else other.views.push(view);
  }
  return [...byTag.values(), other].filter((g) => g.views.length > 0);
}

/** The reference page's HTML. */
export function renderReference({ page, docs, assets, views, tryIt }: ReferenceInput): string {
  const { provider, language } = page;
  const t = uiText(language);
  const ctx: SchemaContext = { doc: docs.doc, text: t };
  const info = docs.doc.info;
  const languages = provider.languages.map((l) => ({
    language: l,
    href: relativeUrl(page, referenceLocation(provider, l).dir),
    current: l === language,
  }));
  const tagGroups = groups(docs, views);
  const schemaNames = Object.keys(docs.doc.components?.schemas ?? {}).sort((a, b) => a.localeCompare(b, "en"));
  const title = `${info.title} ${t.reference} · Partner APIs`;

  const nav = [
    ...tagGroups.map(
      (g) =>
        `<li><a class="pa-nav-tag" href="#tag/${escapeHtml(g.id)}">${escapeHtml(g.name)}</a><ul>${g.views
          .map(
            (v) =>
              `<li><a href="#${escapeHtml(operationAnchor(v.operationId))}"><span class="pa-method pa-method-${v.ref.method}">${v.ref.method.toUpperCase()}</span> <span>${escapeHtml(operationTitle(v.ref))}</span>${v.ref.operation["x-provenance"] === "inferred" ? ` <span class="pa-inferred-badge">${escapeHtml(t.inferredBadge)}</span>` : ""}</a></li>`,
          )
          .join("")}</ul></li>`,
    ),
    schemaNames.length
      ? `<li><a class="pa-nav-tag" href="#schemas">${escapeHtml(t.schemas)}</a><ul>${schemaNames
          .map((n) => `<li><a href="#${escapeHtml(schemaAnchor(n))}">${escapeHtml(n)}</a></li>`)
          .join("")}</ul></li>`
      : "",
  ].join("");

  const servers = (docs.doc.servers ?? [])
    .map(
      (s) =>
        `<li><code>${escapeHtml(s.url)}</code>${s.description ? ` <span class="pa-muted">${markdown(s.description).replace(/^<p>|<\/p>\n?$/g, "")}</span>` : ""}</li>`,
    )
    .join("");

  const sections = tagGroups
    .map(
      (g) => `<section class="pa-tag" id="tag/${escapeHtml(g.id)}" aria-labelledby="tag-h-${escapeHtml(g.id)}">
<h2 id="tag-h-${escapeHtml(g.id)}">${escapeHtml(g.name)}</h2>
<div class="pa-md pa-tag-intro">${markdown(g.description)}</div>
${g.views.map((v) => renderOperation(ctx, v)).join("\n")}
</section>`,
    )
    .join("\n");

  const schemas = schemaNames
    .map((name) => {
      const schema = docs.doc.components!.schemas![name]!;
      return `<section class="pa-schema-def" id="${escapeHtml(schemaAnchor(name))}" aria-labelledby="schema-h-${escapeHtml(name)}">
<h3 id="schema-h-${escapeHtml(name)}">${schema["x-provenance"] === "inferred" ? `<span class="pa-inferred-badge">${escapeHtml(t.inferredBadge)}</span> ` : ""}${escapeHtml(name)} ${typeLabel(ctx, schema)}</h3>
<div class="pa-md">${markdown(schema.description)}</div>
<div class="pa-schema">${renderNamedSchema(ctx, name)}</div>
</section>`;
    })
    .join("\n");

  const head = pageHead({
    page,
    language,
    title,
    description: typeof info.summary === "string" ? info.summary : provider.purposes[language],
    assets,
    alternates: languages,
  });
  return `${head}
<body class="pa-reference-page" data-provider="${escapeHtml(provider.id)}" data-operations="${views.length}">
${pageShellStart({ page, language, assets, current: provider.id, languages, extra: [{ label: t.downloadSpec, href: relativeUrl(page, bundleFile(provider.id)), download: true }] })}
<div class="pa-layout">
<nav class="pa-sidebar" id="pa-sidebar" aria-label="${escapeHtml(t.contents)}">
<button type="button" class="pa-toc-toggle" aria-expanded="false" aria-controls="pa-toc">${escapeHtml(t.contents)}</button>
<ul class="pa-toc" id="pa-toc">${nav}</ul>
</nav>
<main id="main" class="pa-main" tabindex="-1">
<header class="pa-intro">
<h1>${escapeHtml(info.title)} <span class="pa-version">${escapeHtml(versionLabel(info.version))}</span></h1>
<div class="pa-md">${markdown(info.description)}</div>
<h2 class="pa-h-small">${escapeHtml(t.server)}</h2>
<ul class="pa-servers">${servers}</ul>
</header>
${sections}
${schemaNames.length ? `<section class="pa-schemas" id="schemas" aria-labelledby="schemas-h"><h2 id="schemas-h">${escapeHtml(t.schemas)}</h2><p>${escapeHtml(t.schemasIntro)}</p>\n${schemas}\n</section>` : ""}
</main>
</div>
<script id="pa-try-data" type="application/json">${jsonForScript(tryIt)}</script>
${pageShellEnd({ page, assets })}
</body>
</html>
`;
}
