// The provider registry: every folder of a specs directory that holds a `provider.json` is a provider.
// The same layout (`<dir>/<id>/provider.json` + `<dir>/<id>/dist/openapi.json`) is what a published
// package ships, so one function reads both the repository and a shipped copy.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type ProviderManifest, ProviderManifestError, parseManifest } from "./manifest.js";

/** A provider as the tools see it: its manifest plus where its spec lives. */
export interface Provider extends ProviderManifest {
  /** The spec's workspace package (`@partner-apis/spec-<id>`), undefined in a shipped copy without package.json. */
  specPackage: string | undefined;
  /** Absolute path of `specs/<id>/`. */
  specDir: string;
  /** Absolute path of the bundled spec, `<specDir>/dist/openapi.json` (may not exist before `bundle`). */
  bundlePath: string;
  /** Absolute path of the `provider.json` it was read from. */
  manifestPath: string;
}

/** File name of a provider's manifest inside its spec folder. */
export const MANIFEST_FILE = "provider.json";

/**
 * Every provider declared under `specsDir` (default: the nearest `specs/` directory holding a
 * `provider.json`, searching up from the working directory), sorted by mock port.
 */
export function discoverProviders(specsDir: string = findSpecsDir()): Provider[] {
  const root = resolve(specsDir);
  if (!existsSync(root)) throw new Error(`discoverProviders: expected a specs directory at ${root}, found nothing`);
  const providers: Provider[] = [];
  const problems: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const specDir = join(root, entry.name);
    const manifestPath = join(specDir, MANIFEST_FILE);
    if (!existsSync(manifestPath)) {
      // A hand-authored spec without a manifest would be silently left out of mocks, docs and gates.
      if (existsSync(join(specDir, "openapi.yaml")))
        problems.push(
          `${manifestPath}: expected a provider manifest beside ${join(specDir, "openapi.yaml")}, found none`,
        );
      continue;
    }
    try {
      const manifest = parseManifest(readJson(manifestPath), manifestPath, entry.name);
      providers.push({
        ...manifest,
        specPackage: specPackageName(specDir),
        specDir,
        bundlePath: join(specDir, "dist", "openapi.json"),
        manifestPath,
      });
    } catch (error) {
      if (error instanceof ProviderManifestError) problems.push(...error.problems);
      else problems.push(`${manifestPath}: ${(error as Error).message}`);
    }
  }
  problems.push(...duplicates(providers));
  if (problems.length > 0) throw new ProviderManifestError(problems);
  if (providers.length === 0) throw new Error(`discoverProviders: expected ${root}/<id>/${MANIFEST_FILE}, found none`);
  return providers.sort((a, b) => a.mockPort - b.mockPort);
}

/** The provider with `id`; throws naming the known ids. */
export function findProvider(providers: readonly Provider[], id: string): Provider {
  const found = providers.find((provider) => provider.id === id);
  if (found === undefined) {
    throw new Error(
      `Unknown provider ${JSON.stringify(id)}: expected one of ${providers.map((provider) => provider.id).join(", ")}`,
    );
  }
  return found;
}

/** The nearest `specs/` directory with at least one provider manifest, from `start` upwards. */
export function findSpecsDir(start: string = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, "specs");
    if (existsSync(candidate) && hasManifest(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`discoverProviders: expected a specs/<id>/${MANIFEST_FILE} in ${start} or above, found none`);
    dir = parent;
  }
}

function hasManifest(specsDir: string): boolean {
  return readdirSync(specsDir, { withFileTypes: true }).some(
    (entry) => entry.isDirectory() && existsSync(join(specsDir, entry.name, MANIFEST_FILE)),
  );
}

function duplicates(providers: readonly Provider[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Provider>();
  for (const provider of providers) {
    for (const [field, value] of [
      ["id", provider.id],
      ["mockPort", String(provider.mockPort)],
      ["client.package", provider.client.package],
    ] as const) {
      const key = `${field}=${value}`;
      const other = seen.get(key);
      if (other !== undefined) {
        problems.push(
          `${provider.manifestPath}: ${field}: expected a value no other provider uses, found ${value}, already taken by ${other.manifestPath}`,
        );
      } else seen.set(key, provider);
    }
  }
  return problems;
}

function specPackageName(specDir: string): string | undefined {
  const path = join(specDir, "package.json");
  if (!existsSync(path)) return undefined;
  const name = (readJson(path) as { name?: unknown }).name;
  return typeof name === "string" ? name : undefined;
}

function readJson(path: string): unknown {
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`expected valid JSON, found a syntax error (${(error as Error).message})`);
  }
}
