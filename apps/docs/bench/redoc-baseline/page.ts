// The benchmark baseline: the Redoc 2 reference page as the site shipped it before our static renderer
// (the `redoc` standalone bundle rendering the docs-only copy embedded in the page). Built only by the
// benchmark, side by side with the real site, so every run compares both on the same machine state.
import type { DocsSpec } from "../../src/docs-spec.js";
import { escapeHtml, FAVICON_LINK, jsonForScript } from "../../src/render/html.js";
import type { ReferenceLocation } from "../../src/site-map.js";
import { referenceLocation, relativeUrl } from "../../src/site-map.js";

export interface RedocAssets {
  /** Paths under the site root. */
  css: string;
  redoc: string;
  referenceScript: string;
}

const SYSTEM_FONTS = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif`;
const MONO_FONTS = `ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace`;

const TEXT = {
  en: {
    reference: "reference",
    loading: "Loading the reference…",
    noscript: "This reference needs JavaScript. The spec itself:",
    download: "OpenAPI JSON",
  },
  fr: {
    reference: "référence",
    loading: "Chargement de la référence…",
    noscript: "Cette référence a besoin de JavaScript. Le contrat lui-même :",
    download: "OpenAPI JSON",
  },
} as const;

/** Redoc's options: everything expanded that a reader looks for first, our fonts and colours, no network. */
export function redocOptions(page: ReferenceLocation) {
  return {
    scrollYOffset: ".pa-topbar",
    // The top bar links the untouched bundle ("OpenAPI JSON"); Redoc's own button would offer it twice.
    hideDownloadButton: true,
    expandResponses: "200,201,202,204",
    requiredPropsFirst: true,
    pathInMiddlePanel: true,
    expandSingleSchemaField: true,
    jsonSampleExpandLevel: 3,
    showObjectSchemaExamples: true,
    hideLoading: true,
    // Our TypeScript sample first, the raw JSON payload second.
    payloadSampleIdx: 1,
    menuToggle: true,
    theme: {
      spacing: { sectionVertical: 28 },
      colors: { primary: { main: "#1d4ed8" }, success: { main: "#15803d" }, warning: { main: "#b45309" } },
      typography: {
        fontSize: "15px",
        lineHeight: "1.55em",
        fontFamily: SYSTEM_FONTS,
        headings: { fontFamily: SYSTEM_FONTS, fontWeight: "600" },
        code: { fontFamily: MONO_FONTS, fontSize: "13px", color: "#9a3412", backgroundColor: "rgba(15, 23, 42, 0.05)" },
        links: { color: "#1d4ed8" },
      },
      sidebar: { width: "280px", backgroundColor: "#f8fafc", textColor: "#1e293b" },
      rightPanel: { backgroundColor: "#0f172a", width: "45%" },
      codeBlock: { backgroundColor: "#020617" },
    },
  };
}

/** The reference page's HTML. */
export function renderReference(page: ReferenceLocation, docs: DocsSpec, assets: RedocAssets): string {
  const { provider, language } = page;
  const text = TEXT[language];
  const languages = provider.languages.map((l) => ({
    language: l,
    href: relativeUrl(page, referenceLocation(provider, l).dir),
    current: l === language,
  }));
  const asset = (path: string) => relativeUrl(page, path);
  const title = `${provider.name} ${text.reference} · Partner APIs`;
  const description = docs.doc.info.summary ?? provider.purpose;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${FAVICON_LINK}
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<link rel="stylesheet" href="${asset(assets.css)}">
<link rel="preload" as="script" href="${asset(assets.redoc)}">
${languages.map((l) => `<link rel="alternate" hreflang="${l.language}" href="${l.href}">`).join("\n")}
</head>
<body class="pa-reference-page" data-provider="${provider.id}" data-operations="${docs.operations.length}">
<header class="pa-topbar"><a class="pa-brand" href="${relativeUrl(page, "")}">Partner APIs</a></header>
<main id="redoc-container" class="pa-reference">
<p class="pa-loading">${escapeHtml(text.loading)}</p>
<noscript><p class="pa-loading">${escapeHtml(text.noscript)}</p></noscript>
</main>
<script id="pa-spec" type="application/json">${jsonForScript(docs.doc)}</script>
<script id="pa-redoc-options" type="application/json">${jsonForScript(redocOptions(page))}</script>
<script src="${asset(assets.redoc)}"></script>
<script src="${asset(assets.referenceScript)}"></script>
</body>
</html>
`;
}
