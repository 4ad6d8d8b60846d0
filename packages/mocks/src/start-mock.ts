import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TokenIssuer } from "./auth/jwt.js";
import { PrismEngine } from "./engine/prism-engine.js";
import { createMockServer, type StatefulHandler } from "./mock-server.js";
import { DEFAULT_MAX_BODY_BYTES } from "./read-body.js";
import { findProvider, mockedProviders, type Provider, portEnvVar, resolvePort } from "./registry.js";
import { createSandbox, type Sandbox } from "./sandbox/sandbox.js";
import { loadDocument, type OpenApiDocument } from "./spec/document.js";
import { listOperations } from "./spec/operations.js";

export interface StartMockOptions {
  /** Port; 0 = a free port chosen by the OS. Default: `<ID>_MOCK_PORT`, then the registry's fixed port. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (loopback only). */
  host?: string;
  /** Generate responses from the schemas instead of serving the spec's examples. */
  dynamic?: boolean;
  /** Seed for dynamic mode, so generated data is the same on every run. Default 1. */
  seed?: number;
  /** Serve another OpenAPI JSON document than the bundled one (a path or the parsed document). */
  spec?: string | OpenApiDocument;
  /** Same as `spec` given a path (the option's earlier name, kept for existing callers). */
  specPath?: string;
  /** Largest accepted request body; larger gets a documented 4xx. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * The only credentials accepted, keyed by the provider's client option names (e.g.
   * `{ clientId, clientSecret }`, `{ username, password }`, `{ apiKeyId, apiKeySecret }`). Anything
   * else gets the documented 401/403, and only tokens this mock issued are accepted. Default: any
   * well-formed credential.
   */
  credentials?: Record<string, string>;
  /** Lifetime of the tokens the mock issues, in seconds (their JWT `exp`). Default 3600. */
  tokenLifetimeSeconds?: number;
  /** The mock's clock in ms since the epoch (token `iat`/`exp` and expiry checks). Default `Date.now`. */
  clock?: () => number;
  /** Keep state between calls where the provider has a sandbox (Seyna). Default true; false = plain Prism. */
  stateful?: boolean;
}

/** A running mock of one provider. */
export interface RunningMock {
  /** The provider's id in the registry. */
  provider: string;
  /** Base URL to give a client, e.g. `http://127.0.0.1:4012`. */
  url: string;
  port: number;
  /** Clears stored state back to the spec's examples (a no-op for a mock without a sandbox). */
  reset(): void;
  /** The sandbox, when this provider has one and `stateful` is on. */
  sandbox?: Sandbox;
  /** Stops the mock; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts a mock of `provider` (an id from the registry) and resolves once it can answer: the spec is
 * loaded and Prism is ready before the port opens.
 */
export async function startMock(provider: string, options: StartMockOptions = {}): Promise<RunningMock> {
  const entry = findProvider(mockedProviders(), provider);
  const host = options.host ?? "127.0.0.1";
  const requested = resolvePort(entry, options.port);
  const document = typeof options.spec === "object" ? options.spec : loadDocument(options.spec ?? entry.bundlePath);
  const operations = listOperations(document);
  const dynamic = options.dynamic ?? false;
  const engine = await PrismEngine.load(document, { dynamic, seed: dynamic ? (options.seed ?? 1) : undefined });
  const expected = expectedPair(entry, options.credentials);
  const tokens = new TokenIssuer(options.tokenLifetimeSeconds ?? 3600, options.clock ?? Date.now);
  const sandbox: Sandbox | undefined =
    options.stateful === false ? undefined : createSandbox(entry.id, document, operations);
  const server = createMockServer({
    document,
    operations,
    engine,
    security: { expected, ownTokensOnly: expected !== undefined, tokens },
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    stateful: sandbox as StatefulHandler | undefined,
  });
  await listen(server, requested, host, entry);
  const port = (server.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  return {
    provider: entry.id,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    reset: () => sandbox?.reset(),
    ...(sandbox === undefined ? {} : { sandbox }),
    stop: () => (stopping ??= close(server)),
  };
}

/** The configured pair, in the order of the provider's client credential options; throws on unknown keys. */
function expectedPair(
  provider: Provider,
  credentials: Record<string, string> | undefined,
): { id: string; secret: string } | undefined {
  if (credentials === undefined) return undefined;
  const names = provider.client.credentials.map((credential) => credential.option);
  const missing = names.filter((name) => typeof credentials[name] !== "string" || credentials[name] === "");
  const unknown = Object.keys(credentials).filter((name) => !names.includes(name));
  const [idName, secretName] = names;
  if (
    missing.length > 0 ||
    unknown.length > 0 ||
    idName === undefined ||
    secretName === undefined ||
    names.length !== 2
  ) {
    throw new TypeError(
      `credentials for ${provider.id}: expected { ${names.join(", ")} } (non-empty strings), found { ${Object.keys(credentials).join(", ")} }`,
    );
  }
  return { id: credentials[idName] ?? "", secret: credentials[secretName] ?? "" };
}

function listen(server: Server, port: number, host: string, provider: Provider): Promise<void> {
  return new Promise((done, fail) => {
    const refused = (error: NodeJS.ErrnoException) => {
      fail(
        error.code === "EADDRINUSE"
          ? new Error(
              `Cannot start the ${provider.id} mock: ${host}:${port} is already in use (pass port 0 for a free one, or set ${portEnvVar(provider.id)})`,
            )
          : error,
      );
    };
    server.once("error", refused);
    // Started: later errors are the server's own, not a failed start to swallow.
    server.listen({ port, host }, () => {
      server.off("error", refused);
      done();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });
}
