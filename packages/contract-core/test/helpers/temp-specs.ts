import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProviderManifest } from "../../src/index.js";

/** A valid manifest for `id`, with `overrides` merged over it. */
export function manifest(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base: ProviderManifest = {
    id,
    name: { en: `${id} API` },
    vendor: "Example Corp",
    purpose: { en: `Try the ${id} API.` },
    auth: { kind: "http-basic", summary: { en: "HTTP Basic." } },
    mockPort: 4100,
    languages: ["en"],
    client: {
      package: `@example/${id}`,
      factory: "createClient",
      variable: id.replace(/-/g, "_"),
      credentials: [{ option: "apiKey", env: `${id.toUpperCase().replace(/-/g, "_")}_API_KEY` }],
    },
  };
  return { ...base, ...overrides };
}

/** A fresh specs directory holding `<id>/provider.json` (raw text or object) and optional extra files. */
export function tempSpecs(folders: Record<string, { manifest?: unknown; files?: Record<string, string> }>): string {
  const root = mkdtempSync(join(tmpdir(), "contract-core-specs-"));
  for (const [folder, { manifest: content, files = {} }] of Object.entries(folders)) {
    const dir = join(root, folder);
    mkdirSync(dir, { recursive: true });
    if (content !== undefined)
      writeFileSync(join(dir, "provider.json"), typeof content === "string" ? content : JSON.stringify(content));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  }
  return root;
}
