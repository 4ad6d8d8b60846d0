#!/usr/bin/env node
import { parseArgs } from "node:util";
import { findProvider, mockedProviders, portEnvVar } from "./registry.js";
import { type RunningMocks, startMocks } from "./start-mocks.js";

function usage(): string {
  const providers = mockedProviders();
  const ids = providers.map((provider) => provider.id);
  const ports = providers.map((provider) => `${portEnvVar(provider.id)}=${provider.mockPort}`).join(", ");
  const pairs = [...new Set(providers.map((provider) => provider.client.credentials.map((c) => c.option).join(":")))];
  return `Usage: partner-mocks <command> [options]

Commands:
  start [${ids.join("|")}|all]   Start mocks (default: all) and print their URLs; Ctrl-C stops them
  spec <${ids.join("|")}>        Print the path of the bundled OpenAPI document

Options (start):
  --port N            Port of a single provider, or the first of consecutive ports with "all" (0 = free ports)
                      Default: ${ports}
  --host H            Interface to listen on (default 127.0.0.1)
  --dynamic           Generate responses from the schemas instead of the spec's examples
  --seed N            Seed for --dynamic, for the same data on every run (default 1)
  --credentials P=ID:SECRET
                      Accept only this pair for provider P (${pairs.join(", ")}); repeatable
  --token-lifetime S  Lifetime of issued tokens in seconds (JWT exp; default 3600)
  --stateless         No sandbox: every answer comes from the spec (stateful where a provider has a sandbox)
  -h, --help          Show this help`;
}

/** Parses the CLI options; throws with a message naming the bad flag. */
function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      dynamic: { type: "boolean", default: false },
      seed: { type: "string" },
      credentials: { type: "string", multiple: true },
      "token-lifetime": { type: "string" },
      stateless: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

function integerFlag(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name}: expected a non-negative integer, found ${JSON.stringify(raw)}`);
  }
  return value;
}

function targetProviders(target: string | undefined): string[] {
  const ids = mockedProviders().map((provider) => provider.id);
  if (target === undefined || target === "all") return ids;
  return [findProvider(mockedProviders(), target).id];
}

/** `--credentials seyna=key-id:key-secret` → `{ seyna: { apiKeyId: "key-id", apiKeySecret: "key-secret" } }`. */
function credentialsFlag(values: string[] | undefined): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const raw of values ?? []) {
    const [, id, user, secret] = /^([^=]+)=([^:]+):(.+)$/.exec(raw) ?? [];
    if (id === undefined || user === undefined || secret === undefined)
      throw new Error(`--credentials: expected PROVIDER=ID:SECRET, found ${JSON.stringify(raw)}`);
    const provider = findProvider(mockedProviders(), id);
    const [idOption = "id", secretOption = "secret"] = provider.client.credentials.map(
      (credential) => credential.option,
    );
    result[provider.id] = { [idOption]: user, [secretOption]: secret };
  }
  return result;
}

async function start(values: ReturnType<typeof parse>["values"], target: string | undefined): Promise<void> {
  const providers = targetProviders(target);
  const port = integerFlag("port", values.port);
  const seed = integerFlag("seed", values.seed);
  const tokenLifetimeSeconds = integerFlag("token-lifetime", values["token-lifetime"]);
  if (seed !== undefined && !values.dynamic) throw new Error("--seed only applies with --dynamic");
  const credentials = credentialsFlag(values.credentials);
  const ports: Record<string, number> = {};
  if (port !== undefined) {
    for (const [index, provider] of providers.entries()) ports[provider] = port === 0 ? 0 : port + index;
  }

  let running: RunningMocks | undefined;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const code = signal === "SIGINT" ? 130 : 143;
    (running?.stop() ?? Promise.resolve()).then(
      () => process.exit(code),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  process.once("SIGHUP", shutdown);

  running = await startMocks({
    providers,
    ports,
    host: values.host,
    dynamic: values.dynamic,
    seed,
    credentials,
    tokenLifetimeSeconds,
    stateful: !values.stateless,
  });
  const width = Math.max(...providers.map((provider) => provider.length)) + 2;
  for (const provider of providers) console.log(`${provider.padEnd(width)}${running.urls[provider]}`);
  console.error(
    `Mocking ${providers.length} API(s)${values.dynamic ? ` (dynamic, seed ${seed ?? 1})` : ""}. Ctrl-C to stop.`,
  );
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parse(argv);
  const [command, target, ...extra] = positionals;
  if (values.help || command === undefined) {
    console.log(usage());
    return;
  }
  if (extra.length > 0) throw new Error(`Unexpected arguments: ${extra.join(" ")}`);
  if (command === "start") return start(values, target);
  if (command === "spec") {
    if (target === undefined) throw new Error("spec: expected a provider id, found none");
    console.log(findProvider(mockedProviders(), target).bundlePath);
    return;
  }
  throw new Error(`Unknown command ${JSON.stringify(command)}: expected start or spec`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`partner-mocks: ${error.message}`);
  process.exitCode = 1;
});
