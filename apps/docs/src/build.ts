// Builds the static site into dist/ (or another directory): the landing page, one reference per
// registry provider and language rendered to HTML by our own renderer, the search indexes, the
// untouched bundles for download, and our assets. No network at run time.
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { APP_ROOT as appRoot } from "./app-root.js";
import { loadBundle } from "./bundles.js";
import { curlSample } from "./curl.js";
import type { DocsSpec } from "./docs-spec.js";
import { buildDocsSpec } from "./docs-spec.js";
import type { OpenApiDocument } from "./openapi.js";
import { listOperations } from "./openapi.js";
import type { Language, ProviderId } from "./providers.js";
import { mockUrl, PROVIDERS } from "./providers.js";
import { renderLanding } from "./render/landing.js";
import type { OperationView } from "./render/operation.js";
import type { SiteAssets } from "./render/reference.js";
import { renderReference } from "./render/reference.js";
import type { RequestPlan } from "./request-plan.js";
import { authPlan, requestPlan } from "./request-plan.js";
import { searchIndex } from "./search-index.js";
import { bundleFile, LANDING, referenceLocations } from "./site-map.js";
import { versionLabel } from "./spec-facts.js";

export interface BuiltPage {
  /** File under the site root. */
  file: string;
  /** Directory URL under the site root ("" for the landing page). */
  dir: string;
  kind: "landing" | "reference";
  provider?: ProviderId;
  language?: string;
  /** Operations the page documents (references only). */
  operations?: number;
}

export interface BuildResult {
  outDir: string;
  pages: BuiltPage[];
  assets: SiteAssets;
  docs: DocsSpec[];
}

/** Builds the whole site into `outDir` (emptied first). */
export async function buildSite(outDir: string = join(appRoot, "dist")): Promise<BuildResult> {
  const bundles = new Map<ProviderId, OpenApiDocument>();
  for (const p of PROVIDERS) bundles.set(p.id, await loadBundle(p));

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const locations = referenceLocations();
  const allDocs = locations.map((l) => buildDocsSpec(bundles.get(l.provider.id)!, l.provider, l.language));
  const assets = await writeAssets(outDir, allDocs);

  const pages: BuiltPage[] = [];
  locations.forEach((location, index) => {
    const docs = allDocs[index]!;
    pages.push({
      file: location.file,
      dir: location.dir,
      kind: "reference",
      provider: location.provider.id,
      language: location.language,
      operations: docs.operations.length,
    });
  });
  await Promise.all(
    locations.map((location, index) => {
      const docs = allDocs[index]!;
      const auth = authPlan(docs.doc, location.provider);
      const operations: Record<string, RequestPlan> = {};
      const views: OperationView[] = listOperations(docs.doc).map((ref, i) => {
        const samples = docs.operations[i]!;
        const plan = requestPlan(docs.doc, ref);
        operations[samples.operationId] = plan;
        return {
          ref,
          operationId: samples.operationId,
          samples: samples.samples,
          curl: curlSample(location.provider, auth, plan, location.language),
        };
      });
      const html = renderReference({
        page: location,
        docs,
        assets,
        views,
        tryIt: { auth, mockUrl: mockUrl(location.provider), operations },
      });
      return writeFileIn(outDir, location.file, html);
    }),
  );
  for (const [id, bundle] of bundles) await writeFileIn(outDir, bundleFile(id), `${JSON.stringify(bundle, null, 2)}\n`);

  const english = allDocs.filter((d) => d.language === "en");
  await writeFileIn(outDir, LANDING.file, renderLanding({ page: LANDING, docs: english, bundles, assets }));
  pages.unshift({ file: LANDING.file, dir: LANDING.dir, kind: "landing" });
  return { outDir, pages, assets, docs: allDocs };
}

/** The browser script, bundled from src/client with esbuild (one small IIFE, no dependencies). */
async function appScript(): Promise<Buffer> {
  const result = await esbuild({
    entryPoints: [join(appRoot, "src", "client", "app.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

/** Writes our CSS, the app script and one search index per language under content-hashed names. */
async function writeAssets(outDir: string, docs: DocsSpec[]): Promise<SiteAssets> {
  const hashed = async (fileName: string, content: Buffer | string): Promise<string> => {
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
    const dot = fileName.lastIndexOf(".");
    const file = `assets/${fileName.slice(0, dot)}.${hash}${fileName.slice(dot)}`;
    await writeFileIn(outDir, file, content);
    return file;
  };
  const languages = [...new Set<Language>(["en", ...docs.map((d) => d.language)])];
  const search: Record<string, string> = {};
  for (const language of languages) {
    search[language] = await hashed(`search-${language}.json`, JSON.stringify(searchIndex(docs, language)));
  }
  return {
    css: await hashed("site.css", await readFile(join(appRoot, "src", "assets", "site.css"))),
    app: await hashed("app.js", await appScript()),
    search,
  };
}

async function writeFileIn(root: string, file: string, content: string | Buffer): Promise<void> {
  const path = join(root, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

// Run as a script: `node lib/src/build.js [outDir]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const result = await buildSite(process.argv[2] ? resolve(process.argv[2]) : undefined).catch((error: Error) => {
    console.error(`docs build failed: ${error.message}`);
    process.exit(1);
  });
  for (const docs of result.docs) {
    const where =
      docs.language === "en"
        ? docs.provider.id
        : `${docs.provider.id} (${docs.language}: ${docs.translated} texts translated, ${docs.untranslated} left in English)`;
    console.log(
      `docs: ${where}: ${docs.operations.length} operations, ${docs.inferred.operations} inferred, ` +
        `${docs.inferred.others} inferred schemas/fields, ${versionLabel(docs.doc.info.version)}`,
    );
  }
  console.log(`docs: ${result.pages.length} pages → ${result.outDir} in ${Math.round(performance.now() - started)} ms`);
}
