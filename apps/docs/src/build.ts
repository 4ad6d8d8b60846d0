// Builds the static site into dist/ (or another directory): the landing page, one reference per
// provider and language, the untouched bundles for download, and our assets. No network at run time.
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { APP_ROOT as appRoot } from "./app-root.js";
import { loadBundle } from "./bundles.js";
import type { DocsSpec } from "./docs-spec.js";
import { buildDocsSpec } from "./docs-spec.js";
import type { OpenApiDocument } from "./openapi.js";
import type { ProviderId } from "./providers.js";
import { PROVIDERS } from "./providers.js";
import { offlineRedocBundle } from "./redoc-asset.js";
import { renderLanding } from "./render/landing.js";
import type { SiteAssets } from "./render/reference.js";
import { renderReference } from "./render/reference.js";
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
  const assets = await writeAssets(outDir);

  const pages: BuiltPage[] = [];
  const allDocs: DocsSpec[] = [];
  for (const location of referenceLocations()) {
    const docs = buildDocsSpec(bundles.get(location.provider.id)!, location.provider, location.language);
    allDocs.push(docs);
    await writeFileIn(outDir, location.file, renderReference(location, docs, assets));
    pages.push({
      file: location.file,
      dir: location.dir,
      kind: "reference",
      provider: location.provider.id,
      language: location.language,
      operations: docs.operations.length,
    });
  }
  for (const [id, bundle] of bundles) await writeFileIn(outDir, bundleFile(id), `${JSON.stringify(bundle, null, 2)}\n`);

  const english = allDocs.filter((d) => d.language === "en");
  await writeFileIn(outDir, LANDING.file, renderLanding({ page: LANDING, docs: english, bundles, assets }));
  pages.unshift({ file: LANDING.file, dir: LANDING.dir, kind: "landing" });
  return { outDir, pages, assets, docs: allDocs };
}

/** Writes our CSS, the reference starter and Redoc's (offline) bundle under content-hashed names. */
async function writeAssets(outDir: string): Promise<SiteAssets> {
  const sources: Array<[keyof SiteAssets, string, Promise<Buffer>]> = [
    ["css", "site.css", readFile(join(appRoot, "src", "assets", "site.css"))],
    ["referenceScript", "reference.js", readFile(join(appRoot, "src", "assets", "reference.js"))],
    ["redoc", "redoc.standalone.js", offlineRedocBundle()],
  ];
  const written = {} as SiteAssets;
  for (const [key, fileName, contentPromise] of sources) {
    const content = await contentPromise;
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
    const dot = fileName.lastIndexOf(".");
    const file = `assets/${fileName.slice(0, dot)}.${hash}${fileName.slice(dot)}`;
    await writeFileIn(outDir, file, content);
    written[key] = file;
  }
  return written;
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
