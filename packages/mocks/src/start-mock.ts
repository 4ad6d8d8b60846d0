import { freePort } from "./free-port.js";
import { startPrism } from "./prism-process.js";
import { resolvePort, type Provider } from "./providers.js";
import { specPath } from "./spec-path.js";

export interface StartMockOptions {
  /** Public port; 0 = a free port chosen by the OS. Default: `<PROVIDER>_MOCK_PORT` or 4010/4011/4012. */
  port?: number;
  /** Loopback only by default. */
  host?: string;
  /** Generate responses from the schemas instead of serving the spec's examples. */
  dynamic?: boolean;
  /** Seed for dynamic mode, so generated data is the same on every run. Default 1 when dynamic. */
  seed?: number;
  /** Serve another OpenAPI document than the bundled one (e.g. your own fork). */
  specPath?: string;
  /** How long to wait for Prism to answer. Default 30 s. */
  readyTimeoutMs?: number;
}

/** A running mock of one provider. */
export interface RunningMock {
  provider: Provider;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts a Prism mock of `provider` and resolves when it answers HTTP. */
export async function startMock(provider: Provider, options: StartMockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const requested = resolvePort(provider, options.port);
  const port = requested === 0 ? await freePort(host) : requested;
  const prism = await startPrism({
    mode: "mock",
    spec: options.specPath ?? specPath(provider),
    host,
    port,
    dynamic: options.dynamic ?? false,
    seed: options.dynamic ? (options.seed ?? 1) : undefined,
    readyTimeoutMs: options.readyTimeoutMs,
  });
  return { provider, url: prism.url, port, stop: prism.stop };
}
