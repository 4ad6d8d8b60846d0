// Builds the Redoc 2 baseline (the site's reference pages before our static renderer) into a
// directory, from the same docs-only copies: only the benchmark uses it.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { APP_ROOT } from "../../src/app-root.js";
import { loadBundle } from "../../src/bundles.js";
import { buildDocsSpec } from "../../src/docs-spec.js";
import { referenceLocations } from "../../src/site-map.js";
import type { RedocAssets } from "./page.js";
import { renderReference } from "./page.js";
import { offlineRedocBundle } from "./redoc-asset.js";

async function writeIn(root: string, file: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), content);
}

/** Writes the Redoc reference pages (same paths as the real site) and their assets into `outDir`. */
export async function buildRedocBaseline(outDir: string): Promise<string[]> {
  const here = join(APP_ROOT, "bench", "redoc-baseline");
  const sources: Array<[keyof RedocAssets, string, Buffer]> = [
    ["css", "site.css", await readFile(join(here, "site.css"))],
    ["referenceScript", "reference.js", await readFile(join(here, "redoc-start.js"))],
    ["redoc", "redoc.standalone.js", await offlineRedocBundle()],
  ];
  const assets = {} as RedocAssets;
  for (const [key, name, content] of sources) {
    const hash = createHash("sha256").update(content).digest("hex").slice(0, 10);
    const dot = name.lastIndexOf(".");
    const file = `assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
    await writeIn(outDir, file, content);
    assets[key] = file;
  }
  const files: string[] = [];
  for (const location of referenceLocations()) {
    const docs = buildDocsSpec(await loadBundle(location.provider), location.provider, location.language);
    await writeIn(outDir, location.file, renderReference(location, docs, assets));
    files.push(location.file);
  }
  return files;
}
