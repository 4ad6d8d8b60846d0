// The providers this package mocks, read from the registry of @partner-apis/contract-core (each spec's
// provider.json), never listed here; plus the mock-specific helpers (where the specs are, env names, ports).
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  discoverProviders,
  findProvider,
  MANIFEST_FILE,
  mockPortVariable,
  mockUrlVariable,
  type Provider,
} from "@partner-apis/contract-core";

export { discoverProviders, findProvider, type Provider };

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

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
      (entry) => entry.isDirectory() && existsSync(join(dir, entry.name, MANIFEST_FILE)),
    );
  return hasManifests(workspace) ? workspace : resolve(packageRoot, "dist", "specs");
}

/** The providers this package mocks, read afresh each time (a provider added during a run is seen). */
export function mockedProviders(): Provider[] {
  return discoverProviders(specsDirectory());
}

/** Name of the env var that overrides a provider's port, e.g. `SEYNA_MOCK_PORT`. */
export const portEnvVar = mockPortVariable;

/** Name of the env var that carries a running mock's URL, e.g. `SEYNA_MOCK_URL`. */
export const urlEnvVar = mockUrlVariable;

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
