import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Provider } from "./providers.js";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where a provider's spec may live, in order: the workspace bundle `specs/<p>/dist/openapi.json`
 * (in this monorepo: always the freshest, even before the mocks are rebuilt), then the copy shipped
 * in this package's `dist/specs/<p>.json` (a published install, where no workspace exists).
 */
export function specCandidates(provider: Provider): string[] {
  const packageRoot = resolve(here, "..");
  return [
    resolve(packageRoot, "..", "..", "specs", provider, "dist", "openapi.json"),
    resolve(packageRoot, "dist", "specs", `${provider}.json`),
  ];
}

/** Absolute path of the bundled OpenAPI document of `provider`. */
export function specPath(provider: Provider): string {
  const candidates = specCandidates(provider);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      `No bundled spec for ${provider}: expected one of ${candidates.join(", ")}; ` +
        `run \`cd specs/${provider} && pnpm bundle\` then \`pnpm --filter @partner-apis/mocks build\``,
    );
  }
  return found;
}
