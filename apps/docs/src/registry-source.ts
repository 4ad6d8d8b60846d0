// Where the provider manifests come from: every `specs/<id>/provider.json` of the workspace (the
// contract core's registry layout). Replaced by `discoverProviders()` of `@partner-apis/contract-core`
// once that package is on main; until then this reads the same files, or, where a spec folder has no
// provider.json yet, the manifest its spec package declares in its package.json `partnerApis` field.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { APP_ROOT } from "./app-root.js";
import type { ProviderManifest } from "./providers.js";
import { LEGACY_MANIFESTS } from "./registry-legacy.js";

const SPECS_DIR = join(APP_ROOT, "..", "..", "specs");

function discover(): ProviderManifest[] {
  const found: ProviderManifest[] = [];
  const ids = existsSync(SPECS_DIR) ? readdirSync(SPECS_DIR).sort() : [];
  for (const id of ids) {
    const file = join(SPECS_DIR, id, "provider.json");
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as ProviderManifest;
      found.push({ ...manifest, bundlePath: join(SPECS_DIR, id, "dist", "openapi.json") });
    } else {
      const legacy = LEGACY_MANIFESTS.find((m) => m.id === id);
      if (legacy) found.push({ ...legacy, bundlePath: join(SPECS_DIR, id, "dist", "openapi.json") });
    }
  }
  return found;
}

/** The registry's manifests, read once. */
export const MANIFESTS: readonly ProviderManifest[] = discover();
