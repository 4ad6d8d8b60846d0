// Ships every registry provider's manifest and bundle inside the package, laid out as the registry reads
// them (`dist/specs/<id>/provider.json` + `dist/specs/<id>/dist/openapi.json`).
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specs = resolve(root, "..", "..", "specs");
const out = resolve(root, "dist", "specs");
rmSync(out, { recursive: true, force: true });
for (const entry of readdirSync(specs, { withFileTypes: true })) {
  const manifest = join(specs, entry.name, "provider.json");
  if (!entry.isDirectory() || !existsSync(manifest)) continue;
  const bundle = join(specs, entry.name, "dist", "openapi.json");
  if (!existsSync(bundle)) throw new Error(`copy-specs: expected ${bundle} (run the bundle task first), found nothing`);
  mkdirSync(join(out, entry.name, "dist"), { recursive: true });
  copyFileSync(manifest, join(out, entry.name, "provider.json"));
  copyFileSync(bundle, join(out, entry.name, "dist", "openapi.json"));
}
