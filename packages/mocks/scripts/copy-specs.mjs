// Ships every registry provider's manifest and bundle inside the package, laid out as the registry reads
// them (`dist/specs/<id>/provider.json` + `dist/specs/<id>/dist/openapi.json`).
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { discoverProviders, MANIFEST_FILE } from "@partner-apis/contract-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(root, "dist", "specs");
rmSync(out, { recursive: true, force: true });
for (const provider of discoverProviders(resolve(root, "..", "..", "specs"))) {
  if (!existsSync(provider.bundlePath))
    throw new Error(`copy-specs: expected ${provider.bundlePath} (run the bundle task first), found nothing`);
  mkdirSync(join(out, provider.id, "dist"), { recursive: true });
  copyFileSync(provider.manifestPath, join(out, provider.id, MANIFEST_FILE));
  copyFileSync(provider.bundlePath, join(out, provider.id, "dist", "openapi.json"));
}
