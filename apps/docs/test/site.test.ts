// The built site as files: every page there, the landing page's facts taken from the specs,
// the references embedding their docs-only copy, and nothing loaded from another host.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../src/bundles.js";
import type { OpenApiDocument } from "../src/openapi.js";
import { listOperations } from "../src/openapi.js";
import { mockUrl, PROVIDERS } from "../src/providers.js";
import type { TestSite } from "./helpers/site.js";
import { buildTestSite } from "./helpers/site.js";

let site: TestSite;
const bundles = new Map<string, OpenApiDocument>();

beforeAll(async () => {
  site = await buildTestSite();
  for (const p of PROVIDERS) bundles.set(p.id, await loadBundle(p));
});
afterAll(() => site?.remove());

const read = (file: string) => readFile(join(site.outDir, file), "utf8");

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(site.outDir, join(e.parentPath, e.name)));
}

describe("built site", () => {
  it("has the landing page, one reference per provider, Coanda in French, and every bundle", async () => {
    const files = await filesUnder(site.outDir);
    for (const file of [
      "index.html",
      "premiums/index.html",
      "coanda/index.html",
      "coanda/fr/index.html",
      "seyna/index.html",
    ]) {
      expect(files).toContain(file);
    }
    for (const p of PROVIDERS) {
      expect(JSON.parse(await read(`openapi/${p.id}.json`))).toEqual(bundles.get(p.id));
    }
  });

  it("shows each spec's version, base URLs, auth, mock URL and package on the landing page", async () => {
    const landing = await read("index.html");
    for (const p of PROVIDERS) {
      const bundle = bundles.get(p.id)!;
      const card = landing.slice(
        landing.indexOf(`<article class="pa-card" id="${p.id}"`),
        landing.indexOf("</article>", landing.indexOf(`id="${p.id}"`)),
      );
      expect(card, p.id).toContain(bundle.info.version);
      expect(card).toContain(mockUrl(p));
      expect(card).toContain(`npm install ${p.clientPackage}`);
      expect(card).toContain(`<strong>${listOperations(bundle).length}</strong> operations`);
      for (const server of bundle.servers ?? []) {
        if (!server.url.startsWith("http://127.0.0.1")) expect(card).toContain(server.url);
      }
    }
    expect(landing).toContain("<code>npm start</code>");
    expect(landing).toContain("<code>npm test</code>");
  });

  it("renders in each reference every operation of its bundle, with TypeScript and curl samples", async () => {
    for (const page of site.pages.filter((p) => p.kind === "reference")) {
      const html = await read(page.file);
      const rendered = [...html.matchAll(/<section class="pa-op" id="operation\/([^"]+)"/g)].map((m) => m[1]).sort();
      const expected = listOperations(bundles.get(page.provider!)!)
        .map((o) => String(o.operation.operationId))
        .sort();
      expect(rendered, page.file).toEqual(expected);
      for (const { method, path } of listOperations(bundles.get(page.provider!)!)) {
        expect(html, `${page.file} ${method} ${path}`).toContain(`.${method.toUpperCase()}(&quot;${path}&quot;`);
      }
      expect(html.match(/<figure class="pa-sample" data-lang="sh">/g)?.length).toBe(expected.length);
    }
  });

  it("publishes the French Coanda page from the x-*-fr texts, in French, linked both ways with the English one", async () => {
    const english = await read("coanda/index.html");
    const french = await read("coanda/fr/index.html");
    expect(french.includes('<html lang="fr">'), "French page declares lang=fr").toBe(true);
    expect(english.includes('<a class="pa-lang-link" href="fr/" hreflang="fr"'), "English page links to fr/").toBe(
      true,
    );
    expect(french.includes('<a class="pa-lang-link" href="../" hreflang="en"'), "French page links back to ../").toBe(
      true,
    );
    expect(french).toContain("Corps de la requête");
    expect(french).not.toContain(">Request body<");
    const bundle = bundles.get("coanda")!;
    let checked = 0;
    for (const op of listOperations(bundle)) {
      const translated = op.operation["x-summary-fr"];
      if (typeof translated !== "string") continue;
      expect(french).toContain(translated.replace(/'/g, "&#39;"));
      checked += 1;
    }
    expect(checked, "the Coanda spec should carry x-summary-fr on its operations").toBeGreaterThan(0);
  });

  it("loads nothing from another host: every script, stylesheet, image and import is local", async () => {
    const offenders: string[] = [];
    for (const file of await filesUnder(site.outDir)) {
      if (!/\.(html|css|js)$/.test(file)) continue;
      const text = await read(file);
      const patterns = [
        /<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
        /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+/gi,
        /@import\s+(?:url\()?["']?(?:https?:)?\/\/[^"')\s]+/gi,
        /url\(\s*["']?(?:https?:)?\/\/[^"')\s]+/gi,
        /\bimport\s*(?:\(|[\w{}\s,*]+from\s*)["'](?:https?:)?\/\/[^"']+/gi,
        /\bsrc\s*:\s*["']https?:\/\/[^"']+/gi,
        /(?:fonts\.googleapis|fonts\.gstatic|cdn\.redoc\.ly|cdn\.redocly\.com|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com)[^"'\s)]*/gi,
      ];
      for (const pattern of patterns)
        for (const match of text.matchAll(pattern)) offenders.push(`${file}: ${match[0].slice(0, 160)}`);
    }
    expect(offenders).toEqual([]);
  });
});
