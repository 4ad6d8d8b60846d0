import { mockedProviders } from "./registry.js";
import { type RunningMock, type StartMockOptions, startMock } from "./start-mock.js";

export interface StartMocksOptions extends Omit<StartMockOptions, "port" | "spec" | "specPath" | "credentials"> {
  /** Which providers to start (registry ids). Default: every provider of the registry. */
  providers?: readonly string[];
  /** Port per provider id (0 = a free port). Default: `<ID>_MOCK_PORT`, then the registry's fixed port. */
  ports?: Readonly<Record<string, number>>;
  /** Accepted credentials per provider id (see `StartMockOptions.credentials`). */
  credentials?: Readonly<Record<string, Record<string, string>>>;
}

/** Several running mocks, stopped together. */
export interface RunningMocks {
  mocks: Record<string, RunningMock>;
  urls: Record<string, string>;
  /** Resets every sandbox. */
  reset(): void;
  stop(): Promise<void>;
}

/** Starts one mock per provider in parallel; if any fails, stops the others and rethrows. */
export async function startMocks(options: StartMocksOptions = {}): Promise<RunningMocks> {
  const {
    providers = mockedProviders().map((provider) => provider.id),
    ports = {},
    credentials = {},
    ...shared
  } = options;
  const settled = await Promise.allSettled(
    providers.map((provider) =>
      startMock(provider, { ...shared, port: ports[provider], credentials: credentials[provider] }),
    ),
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
  return {
    mocks: Object.fromEntries(started.map((mock) => [mock.provider, mock])),
    urls: Object.fromEntries(started.map((mock) => [mock.provider, mock.url])),
    reset: () => {
      for (const mock of started) mock.reset();
    },
    stop,
  };
}
