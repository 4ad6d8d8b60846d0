import type { Server } from "node:http";
import { freePort } from "./free-port.js";
import { createFrontProxy, DEFAULT_MAX_BODY_BYTES, listeningPort } from "./front-proxy.js";
import { type PrismProcess, startPrism } from "./prism-process.js";
import { type Provider, resolvePort } from "./providers.js";
import { loadDocument } from "./spec/document.js";
import { listOperations, OperationMatcher } from "./spec/operations.js";
import { specPath } from "./spec-path.js";

export interface StartMockOptions {
  /** Public port; 0 = a free port chosen by the OS. Default: `<PROVIDER>_MOCK_PORT` or 4010/4011/4012. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Generate responses from the schemas instead of serving the spec's examples. */
  dynamic?: boolean;
  /** Seed for dynamic mode, so generated data is the same on every run. Default 1 when dynamic. */
  seed?: number;
  /** Serve another OpenAPI JSON document than the bundled one (e.g. your own fork of the spec). */
  specPath?: string;
  /** Largest accepted request body; larger gets a 413 problem. Default 1 MiB. */
  maxBodyBytes?: number;
  /** How long to wait for Prism to answer at start. Default 60 s (Prism is slow to boot on a busy machine). */
  readyTimeoutMs?: number;
}

/** A running mock of one provider. */
export interface RunningMock {
  provider: Provider;
  /** Base URL to give a client, e.g. `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  /** Stops the mock and its Prism process; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts a mock of `provider` and resolves once it answers HTTP. The public URL is a small front
 * proxy that turns bad input (malformed JSON, wrong Content-Type, oversized or non-UTF-8 bodies) into
 * RFC 7807 problems and pipes everything else to a Prism process on a private loopback port.
 */
export async function startMock(provider: Provider, options: StartMockOptions = {}): Promise<RunningMock> {
  const host = options.host ?? "127.0.0.1";
  const requested = resolvePort(provider, options.port);
  const spec = options.specPath ?? specPath(provider);
  const document = loadDocument(spec);
  const matcher = new OperationMatcher(listOperations(document));

  // Listen first so a busy public port fails fast; the proxy learns Prism's port once Prism is up.
  const upstream = { host: "127.0.0.1", port: 0 };
  const proxy = createFrontProxy({
    upstream,
    document,
    matcher,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  await listen(proxy, requested, host, provider);
  let prism: PrismProcess;
  try {
    prism = await startPrismOnFreePort(spec, options);
  } catch (error) {
    await close(proxy);
    throw error;
  }
  upstream.port = prism.port;

  const port = listeningPort(proxy);
  let stopping: Promise<void> | undefined;
  return {
    provider,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    stop: () => (stopping ??= Promise.all([close(proxy), prism.stop()]).then(() => undefined)),
  };
}

/** Prism gets a port the OS just freed; if another process grabs it first, try again with a new one. */
async function startPrismOnFreePort(spec: string, options: StartMockOptions): Promise<PrismProcess> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort("127.0.0.1");
    try {
      return await startPrism({
        mode: "mock",
        spec,
        host: "127.0.0.1",
        port,
        dynamic: options.dynamic ?? false,
        seed: options.dynamic ? (options.seed ?? 1) : undefined,
        readyTimeoutMs: options.readyTimeoutMs,
      });
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test((error as Error).message)) throw error;
    }
  }
}

function listen(server: Server, port: number, host: string, provider: Provider): Promise<void> {
  return new Promise((done, fail) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      fail(
        error.code === "EADDRINUSE"
          ? new Error(
              `Cannot start the ${provider} mock: ${host}:${port} is already in use (pass port 0 for a free one, or set ${provider.toUpperCase()}_MOCK_PORT)`,
            )
          : error,
      );
    });
    server.listen({ port, host }, () => done());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}
