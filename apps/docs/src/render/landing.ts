// The landing page: what each API is for, how it authenticates, where it and its mock live, which
// package calls it, and the way into each reference.
import type { DocsSpec } from "../docs-spec.js";
import type { OpenApiDocument } from "../openapi.js";
import type { ProviderId } from "../providers.js";
import { mockUrl } from "../providers.js";
import type { PageLocation } from "../site-map.js";
import { bundleFile, referenceLocation, relativeUrl } from "../site-map.js";
import { authSchemes, servers, versionLabel } from "../spec-facts.js";
import { escapeHtml, inlineMarkdown } from "./html.js";
import { pageHead, pageShellEnd, pageShellStart } from "./page.js";
import type { SiteAssets } from "./reference.js";

export interface LandingInput {
  page: PageLocation;
  /** The English docs copy of each provider (operations, samples, inference counts). */
  docs: DocsSpec[];
  /** The untouched bundles (auth, servers, version come from them). */
  bundles: Map<ProviderId, OpenApiDocument>;
  assets: SiteAssets;
}

const DOCS_URL = "http://127.0.0.1:4000";

/** "A, B and C" (or "A and B", "A"). */
function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The landing page's HTML. */
export function renderLanding({ page, docs, bundles, assets }: LandingInput): string {
  const cards = docs.map((d) => providerCard(page, d, bundles.get(d.provider.id)!)).join("\n");
  const usage = usageTabs(docs);
  const names = docs.map((d) => d.provider.name.replace(/\s+API.*$/, ""));
  const ports = docs.map((d) => String(d.provider.mockPort));
  const specDirs = docs.map((d) => `<code>specs/${escapeHtml(d.provider.id)}</code>`);
  return `${pageHead({
    page,
    language: "en",
    title: `Partner APIs: ${listed(names)} references and clients`,
    description: `References, typed TypeScript clients and local mocks for the ${listed(names)} APIs, from one OpenAPI contract per provider.`,
    assets,
  })}
<body class="pa-landing-page">
${pageShellStart({ page, language: "en", assets })}
<main class="pa-landing" id="main" tabindex="-1">
<section class="pa-hero">
  <div>
  <h1>Partner APIs</h1>
  <p class="pa-lead">Typed TypeScript clients, local mocks and complete references for ${docs.length} partner APIs, all generated from one hand-written OpenAPI&nbsp;3.1 contract per provider. What a provider does not document is marked <span class="pa-inferred-badge">Inferred</span>, with the reason.</p>
  </div>
  <div class="pa-quickstart">
    <h2>Quick start</h2>
    <ol>
      <li><code>npm start</code> serves this site on <a href="${DOCS_URL}/">${DOCS_URL}</a> and the mocks on ports ${listed(ports)}.</li>
      <li><code>npm test</code> runs the whole pipeline: lint and bundle the specs, generate the types, build, then test clients, mocks and this site.</li>
      <li>Install the client of the API you call, point it at its mock, and use the samples of each operation in the references.</li>
    </ol>
  </div>
</section>
<section class="pa-providers" aria-label="APIs">
${cards}
</section>
<section class="pa-usage">
  <div class="pa-usage-text">
    <h2>Calling an API</h2>
    <p>Each client takes the credentials of its API and handles the auth for you (token fetch and renewal, Basic header), retries on 429 and 5xx, timeouts and typed errors.</p>
    <p>Every call returns <code>{ data, error, response }</code>, typed from the spec: <code>data</code> on a 2xx, otherwise <code>error</code>, the provider's error body. <code>client.throwing.GET(...)</code> returns <code>data</code> and throws an <code>ApiError</code> subclass instead. Cursor-paginated lists have <code>client.paginate()</code> to iterate every page.</p>
    <p>Every operation in the references comes with its own sample like these, and every sample is type-checked against the clients by our test suite.</p>
  </div>
${usage}
</section>
</main>
<footer class="pa-footer">Built from the bundled specs of ${listed(specDirs)}. No external fonts, scripts or trackers: this site works offline.</footer>
${pageShellEnd({ page, assets })}
</body>
</html>
`;
}

/** One tab per provider with the sample of its first authenticated operation (token endpoints need no example). */
function usageTabs(docs: DocsSpec[]): string {
  const inputs: string[] = [];
  const labels: string[] = [];
  const panels: string[] = [];
  docs.forEach((d, index) => {
    const id = `pa-usage-${d.provider.id}`;
    const op = d.operations.find((o) => !hasNoSecurity(d, o.path, o.method)) ?? d.operations[0];
    if (!op) return;
    inputs.push(`<input type="radio" name="pa-usage" id="${id}" class="pa-tab-input"${index === 0 ? " checked" : ""}>`);
    labels.push(`<label for="${id}">${escapeHtml(d.provider.name)}</label>`);
    panels.push(
      `<figure class="pa-code" data-tab="${id}"><figcaption>${escapeHtml(`${op.method.toUpperCase()} ${op.path}`)}</figcaption><pre tabindex="0"><code>${escapeHtml(op.samples[0]!.source)}</code></pre></figure>`,
    );
  });
  // Tabs without script: the checked radio shows its panel and highlights its label.
  const rules = docs
    .map(
      (d) =>
        `#pa-usage-${d.provider.id}:checked ~ .pa-tab-panels [data-tab="pa-usage-${d.provider.id}"] { display: block; }\n` +
        `#pa-usage-${d.provider.id}:checked ~ .pa-tab-labels label[for="pa-usage-${d.provider.id}"] { background: var(--pa-ink); color: var(--pa-bg); border-color: var(--pa-ink); }`,
    )
    .join("\n");
  return `<style>\n${rules}\n</style>
<div class="pa-tabs">
  ${inputs.join("\n  ")}
  <div class="pa-tab-labels" role="presentation">${labels.join("")}</div>
  <div class="pa-tab-panels">
  ${panels.join("\n  ")}
  </div>
</div>`;
}

function hasNoSecurity(docs: DocsSpec, path: string, method: string): boolean {
  const security = findOperation(docs, path, method)?.security;
  return Array.isArray(security) && security.length === 0;
}

function providerCard(page: PageLocation, docs: DocsSpec, bundle: OpenApiDocument): string {
  const p = docs.provider;
  const referenceLinks = p.languages
    .map((language) => {
      const label = language === "en" ? "Reference" : "Référence en français";
      const cls = language === "en" ? "pa-button pa-button-primary" : "pa-button";
      return `<a class="${cls}" href="${relativeUrl(page, referenceLocation(p, language).dir)}" hreflang="${language}">${label}</a>`;
    })
    .join("");
  const apiServers = servers(bundle).filter((s) => !isLocal(s.url));
  const serverItems = apiServers
    .map(
      (s) =>
        `<li><code>${escapeHtml(s.url)}</code>${s.description ? ` <span class="pa-muted">${inlineMarkdown(s.description)}</span>` : ""}</li>`,
    )
    .join("");
  const auth = authSchemes(bundle)
    .map((line) => `<li>${inlineMarkdown(line)}</li>`)
    .join("");
  const inferredOps = docs.inferred.operations;
  const reference = referenceLocation(p, "en");
  const operations = docs.operations
    .map((op) => {
      const operation = findOperation(docs, op.path, op.method);
      const inferred = operation?.["x-provenance"] === "inferred";
      const summary = typeof operation?.summary === "string" ? operation.summary : "";
      return `<li><a href="${relativeUrl(page, reference.dir)}#operation/${encodeURIComponent(op.operationId)}"><span class="pa-method pa-method-${op.method}">${op.method.toUpperCase()}</span> <code>${escapeHtml(op.path)}</code></a> <span class="pa-op-summary">${escapeHtml(summary)}</span>${inferred ? ' <span class="pa-inferred-badge">Inferred</span>' : ""}</li>`;
    })
    .join("\n");
  return `<article class="pa-card" id="${p.id}" data-provider="${p.id}">
  <header class="pa-card-head">
    <h2>${escapeHtml(p.name)}</h2>
    <span class="pa-version" title="info.version of the spec">${escapeHtml(versionLabel(bundle.info.version))}</span>
  </header>
  <p class="pa-vendor">${escapeHtml(p.vendor)}</p>
  <p>${inlineMarkdown(p.purpose)}</p>
  <dl class="pa-facts">
    <dt>Auth</dt><dd><ul>${auth}</ul><p class="pa-muted">${inlineMarkdown(p.clientAuth)}</p></dd>
    <dt>Base URL${apiServers.length > 1 ? "s" : ""}</dt><dd><ul>${serverItems}</ul></dd>
    <dt>Local mock</dt><dd><a href="${mockUrl(p)}"><code>${mockUrl(p)}</code></a></dd>
    <dt>Package</dt><dd><code>npm install ${escapeHtml(p.clientPackage)}</code></dd>
  </dl>
  <p class="pa-stats"><strong>${docs.operations.length}</strong> operations${inferredOps > 0 ? `, <strong>${inferredOps}</strong> inferred` : ""}</p>
  <div class="pa-actions">${referenceLinks}<a class="pa-button" href="${relativeUrl(page, bundleFile(p.id))}" download>OpenAPI JSON</a></div>
  <details class="pa-ops">
    <summary>All ${docs.operations.length} operations</summary>
    <ul>
${operations}
    </ul>
  </details>
</article>`;
}

function findOperation(docs: DocsSpec, path: string, method: string): Record<string, unknown> | undefined {
  const item = docs.doc.paths[path];
  const operation = item?.[method];
  return operation && typeof operation === "object" ? (operation as Record<string, unknown>) : undefined;
}

/** A server on this machine (the spec may list the mock itself): shown under "Local mock" instead. */
function isLocal(url: string): boolean {
  return /^https?:\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(url);
}
