import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Provider } from "./providers.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Where a spec may live, most specific first: shipped in dist/, then the workspace bundle (dev). */
export function specCandidates(provider: Provider): string[] {
  return [
    resolve(here, "specs", `${provider}.json`), // dist/specs/<p>.json (published package)
    resolve(here, "..", "..", "..", "specs", provider, "dist", "openapi.json"), // workspace bundle
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
