import type {} from "vitest";
import { type Provider, urlEnvVar } from "./providers.js";
import { type StartMocksOptions, startMocks } from "./start-mocks.js";

/** The values `globalSetup` provides to tests: `inject("premiumsMockUrl")`, … */
export interface ProvidedMockUrls {
  premiumsMockUrl: string;
  coandaMockUrl: string;
  seynaMockUrl: string;
}

declare module "vitest" {
  // Lets `inject("premiumsMockUrl")` type-check in users' tests.
  export interface ProvidedContext extends ProvidedMockUrls {}
}

/** The part of vitest's GlobalSetupContext this setup uses (kept structural so vitest stays a dev concern). */
interface SetupContext {
  provide(key: string, value: unknown): void;
}

/** Builds a vitest globalSetup that starts the mocks on free ports (or as `options` say). */
export function createMockSetup(options: StartMocksOptions = {}) {
  return async function setup(context: SetupContext): Promise<() => Promise<void>> {
    const ports = options.ports ?? { premiums: 0, coanda: 0, seyna: 0 };
    const running = await startMocks({ ...options, ports });
    for (const [provider, url] of Object.entries(running.urls) as [Provider, string][]) {
      process.env[urlEnvVar(provider)] = url;
      context.provide(`${provider}MockUrl`, url);
    }
    return async () => {
      await running.stop();
    };
  };
}

/** vitest `globalSetup`: all three mocks on free ports, URLs via `inject()` and `PREMIUMS_MOCK_URL`, … */
export default createMockSetup();
