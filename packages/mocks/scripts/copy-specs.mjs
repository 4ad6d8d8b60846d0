// Copies each provider's bundled spec into dist/specs/<p>.json so the published package carries its contracts.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(root, "dist", "specs");
mkdirSync(out, { recursive: true });
for (const provider of ["premiums", "coanda", "seyna"]) {
  const bundle = resolve(root, "..", "..", "specs", provider, "dist", "openapi.json");
  if (!existsSync(bundle)) {
    console.warn(
      `copy-specs: ${bundle} not found (run \`cd specs/${provider} && pnpm bundle\`); dist/specs/${provider}.json not written`,
    );
    continue;
  }
  copyFileSync(bundle, resolve(out, `${provider}.json`));
}
