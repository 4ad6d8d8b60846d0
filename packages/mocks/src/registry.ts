// The providers this package mocks, read from the registry (each spec's provider.json), never listed here.
// TRANSITION: until @partner-apis/contract-core is on main, `discoverProviders` below reads the same
// layout itself; once the core lands this file re-exports the core's and keeps only the mock helpers.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** How a provider authenticates (the registry's `auth.kind`). */
export type AuthKind = "oauth2-client-credentials" | "jwt-bearer" | "http-basic" | "api-key" | "none";

/** A provider as the registry declares it, plus where its bundle lives. */
export interface Provider {
  id: string;
  name: { en: string; fr?: string };
  auth: { kind: AuthKind };
  /** Fixed loopback port of its mock. */
  mockPort: number;
  client: { package: string; factory: string; variable: string; credentials: { option: string; env: string }[] };
  specDir: string;
  bundlePath: string;
}

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every provider declared under `specsDir` (`<id>/provider.json` + `<id>/dist/openapi.json`), sorted by mock port. */
export function discoverProviders(specsDir: string): Provider[] {
  const providers: Provider[] = [];
  for (const entry of readdirSync(specsDir, { withFileTypes: true })) {
    const specDir = join(specsDir, entry.name);
    const manifest = join(specDir, "provider.json");
    if (!entry.isDirectory() || !existsSync(manifest)) continue;
    const parsed = JSON.parse(readFileSync(manifest, "utf8")) as Omit<Provider, "specDir" | "bundlePath">;
    providers.push({ ...parsed, specDir, bundlePath: join(specDir, "dist", "openapi.json") });
  }
  if (providers.length === 0) throw new Error(`Expected ${specsDir}/<id>/provider.json, found none`);
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

/** Env var naming another specs directory laid out like the registry (your own providers or spec copies). */
export const SPECS_DIR_ENV = "PARTNER_MOCKS_SPECS_DIR";

/**
 * Where the specs are: `PARTNER_MOCKS_SPECS_DIR` when set, else the workspace's `specs/` when this
 * package runs inside the monorepo (always the freshest bundles), else the copy shipped in `dist/specs/`.
 */
export function specsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[SPECS_DIR_ENV];
  if (override !== undefined && override !== "") return resolve(override);
  const workspace = resolve(packageRoot, "..", "..", "specs");
  const hasManifests = (dir: string) =>
    existsSync(dir) &&
    readdirSync(dir, { withFileTypes: true }).some(
      (entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "provider.json")),
    );
  return hasManifests(workspace) ? workspace : resolve(packageRoot, "dist", "specs");
}

/** The providers this package mocks, read afresh each time (a provider added during a run is seen). */
export function mockedProviders(): Provider[] {
  return discoverProviders(specsDirectory());
}

/** Name of the env var that overrides a provider's port, e.g. `SEYNA_MOCK_PORT`. */
export function portEnvVar(id: string): string {
  return `${envName(id)}_MOCK_PORT`;
}

/** Name of the env var that carries a running mock's URL, e.g. `SEYNA_MOCK_URL`. */
export function urlEnvVar(id: string): string {
  return `${envName(id)}_MOCK_URL`;
}

function envName(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

/** The port to use: explicit option, then `<ID>_MOCK_PORT`, then the registry's fixed port. */
export function resolvePort(provider: Provider, explicit?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (explicit !== undefined) return checkPort(explicit, "port option");
  const fromEnv = env[portEnvVar(provider.id)];
  if (fromEnv !== undefined && fromEnv !== "") {
    return checkPort(Number(fromEnv), `${portEnvVar(provider.id)}=${JSON.stringify(fromEnv)}`);
  }
  return provider.mockPort;
}

function checkPort(port: number, source: string): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(
      `Invalid mock port from ${source}: expected an integer 0-65535 (0 = a free port), found ${String(port)}`,
    );
  }
  return port;
}
