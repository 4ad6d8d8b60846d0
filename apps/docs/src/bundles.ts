// Reads each provider's bundled spec (`specs/<p>/dist/openapi.json`, where the registry says it is)
// through the contract core's reader.
import { existsSync } from "node:fs";
import { readBundle } from "@partner-apis/contract-core";
import type { OpenApiDocument } from "./openapi.js";
import type { ProviderInfo } from "./providers.js";

/** The provider's bundled OpenAPI document, checked to be one. */
export async function loadBundle(p: ProviderInfo): Promise<OpenApiDocument> {
  if (!existsSync(p.bundlePath)) {
    throw new Error(
      `${p.name}: expected the bundled spec at ${p.bundlePath}, found nothing: run \`pnpm bundle\` in specs/${p.id} ` +
        "(or `pnpm turbo run build --filter=@partner-apis/docs`, which bundles first)",
    );
  }
  return readBundle(p.bundlePath) as OpenApiDocument;
}
