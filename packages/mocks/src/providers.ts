/** The partner APIs this package mocks. */
export type Provider = "premiums" | "coanda" | "seyna";

/** Every provider, in the order the CLI and `startMocks` list them. */
export const PROVIDERS: readonly Provider[] = ["premiums", "coanda", "seyna"];

/** Fixed loopback ports used when no port is given (override with options or `<PROVIDER>_MOCK_PORT`). */
export const DEFAULT_PORTS: Readonly<Record<Provider, number>> = { premiums: 4010, coanda: 4011, seyna: 4012 };

/** True when `value` names a provider. */
export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}

/** Name of the env var that overrides a provider's port, e.g. `PREMIUMS_MOCK_PORT`. */
export function portEnvVar(provider: Provider): string {
  return `${provider.toUpperCase()}_MOCK_PORT`;
}

/** Name of the env var that carries a running mock's URL, e.g. `PREMIUMS_MOCK_URL`. */
export function urlEnvVar(provider: Provider): string {
  return `${provider.toUpperCase()}_MOCK_URL`;
}

/** The port to use for `provider`: explicit option, then env var, then the fixed default. */
export function resolvePort(provider: Provider, explicit?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (explicit !== undefined) return checkPort(explicit, "port option");
  const fromEnv = env[portEnvVar(provider)];
  if (fromEnv !== undefined && fromEnv !== "") {
    const parsed = Number(fromEnv);
    return checkPort(parsed, `${portEnvVar(provider)}=${JSON.stringify(fromEnv)}`);
  }
  return DEFAULT_PORTS[provider];
}

function checkPort(port: number, source: string): number {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(
      `Invalid mock port from ${source}: expected an integer 0-65535 (0 = a free port), found ${String(port)}`,
    );
  }
  return port;
}
