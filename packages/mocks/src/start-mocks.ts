import { PROVIDERS, type Provider } from "./providers.js";
import { type RunningMock, type StartMockOptions, startMock } from "./start-mock.js";

export interface StartMocksOptions extends Omit<StartMockOptions, "port" | "specPath"> {
  /** Which providers to start. Default: all three. */
  providers?: readonly Provider[];
  /** Public port per provider (0 = a free port). Default: env `<PROVIDER>_MOCK_PORT`, then 4010/4011/4012. */
  ports?: Partial<Record<Provider, number>>;
}

/** Several running mocks, stopped together. */
export interface RunningMocks {
  mocks: Record<Provider, RunningMock>;
  urls: Record<Provider, string>;
  stop(): Promise<void>;
}

/** Starts one mock per provider in parallel; if any fails, stops the others and rethrows. */
export async function startMocks(options: StartMocksOptions = {}): Promise<RunningMocks> {
  const { providers = PROVIDERS, ports = {}, ...shared } = options;
  const settled = await Promise.allSettled(
    providers.map((provider) => startMock(provider, { ...shared, port: ports[provider] })),
  );
  const started = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failures = settled.flatMap((result, index) =>
    result.status === "rejected" ? [`${providers[index]}: ${(result.reason as Error).message}`] : [],
  );
  const stop = async (): Promise<void> => {
    await Promise.all(started.map((mock) => mock.stop()));
  };
  if (failures.length > 0) {
    await stop();
    throw new Error(`Could not start ${failures.length} mock(s):\n${failures.join("\n")}`);
  }
  const mocks = Object.fromEntries(started.map((mock) => [mock.provider, mock])) as Record<Provider, RunningMock>;
  const urls = Object.fromEntries(started.map((mock) => [mock.provider, mock.url])) as Record<Provider, string>;
  return { mocks, urls, stop };
}
