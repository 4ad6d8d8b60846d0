// Reads each provider's bundled spec (`specs/<p>/dist/openapi.json`) through its workspace package.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { OpenApiDocument } from "./openapi.js";
import { isObject } from "./openapi.js";
import type { ProviderInfo } from "./providers.js";

const require = createRequire(import.meta.url);

/** Absolute path of the provider's bundle. */
export function bundlePath(p: ProviderInfo): string {
  if (p.bundlePath) return p.bundlePath;
  const manifest = require.resolve(`${p.specPackage}/package.json`);
  return manifest.replace(/package\.json$/, "dist/openapi.json");
}

/** The provider's bundled OpenAPI document, checked to be one. */
export async function loadBundle(p: ProviderInfo): Promise<OpenApiDocument> {
  const path = bundlePath(p);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new Error(
      `${p.name}: expected the bundled spec at ${path}, found nothing: run \`pnpm bundle\` in specs/${p.id} ` +
        "(or `pnpm turbo run build --filter=@partner-apis/docs`, which bundles first)",
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: expected JSON, found a parse error (${(error as Error).message})`);
  }
  return checkDocument(doc, path);
}

function checkDocument(doc: unknown, where: string): OpenApiDocument {
  if (!isObject(doc)) throw new Error(`${where}: expected an OpenAPI object, found ${typeof doc}`);
  if (typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.")) {
    throw new Error(`${where}: expected \`openapi: 3.x\`, found ${JSON.stringify(doc.openapi)}`);
  }
  const info = doc.info;
  if (!isObject(info) || typeof info.title !== "string" || typeof info.version !== "string") {
    throw new Error(`${where}: expected \`info.title\` and \`info.version\` strings`);
  }
  if (!isObject(doc.paths)) throw new Error(`${where}: expected a \`paths\` object, found ${typeof doc.paths}`);
  return doc as OpenApiDocument;
}
