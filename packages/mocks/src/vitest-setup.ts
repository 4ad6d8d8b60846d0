import type {} from "vitest";
import { mockedProviders, urlEnvVar } from "./registry.js";
import { type StartMocksOptions, startMocks } from "./start-mocks.js";

declare module "vitest" {
  // `inject("<id>MockUrl")` for every provider of the registry, e.g. inject("seynaMockUrl").
  export interface ProvidedContext {
    [key: `${string}MockUrl`]: string;
  }
}

/** The part of vitest's GlobalSetupContext this setup uses (kept structural so vitest stays a dev concern). */
interface SetupContext {
  provide(key: string, value: unknown): void;
}

/** Builds a vitest globalSetup that starts the mocks (every registry provider by default) on free ports. */
export function createMockSetup(options: StartMocksOptions = {}) {
  return async function setup(context: SetupContext): Promise<() => Promise<void>> {
    const providers = options.providers ?? mockedProviders().map((provider) => provider.id);
    // Free ports for every provider not given one: a fixed port would clash with a running `partner-mocks`.
    const ports = Object.fromEntries(providers.map((id) => [id, options.ports?.[id] ?? 0]));
    const running = await startMocks({ ...options, providers, ports });
    for (const [provider, url] of Object.entries(running.urls)) {
      process.env[urlEnvVar(provider)] = url;
      context.provide(`${provider}MockUrl`, url);
    }
    return async () => {
      await running.stop();
    };
  };
}

/** vitest `globalSetup`: every mock on a free port, URLs via `inject("<id>MockUrl")` and `<ID>_MOCK_URL`. */
export default createMockSetup();
