#!/usr/bin/env node
import { parseArgs } from "node:util";
import { isProvider, PROVIDERS, type Provider } from "./providers.js";
import { specPath } from "./spec-path.js";
import { type RunningMocks, startMocks } from "./start-mocks.js";

const USAGE = `Usage: partner-mocks <command> [options]

Commands:
  start [premiums|coanda|seyna|all]   Start Prism mocks (default: all) and print their URLs; Ctrl-C stops them
  spec <premiums|coanda|seyna>        Print the path of the bundled OpenAPI document

Options (start):
  --port N      Port of a single provider, or the first of three consecutive ports with "all" (0 = free ports)
                Default: PREMIUMS_MOCK_PORT / COANDA_MOCK_PORT / SEYNA_MOCK_PORT, then 4010 / 4011 / 4012
  --host H      Interface to listen on (default 127.0.0.1)
  --dynamic     Generate responses from the schemas instead of the spec's examples
  --seed N      Seed for --dynamic, for the same data on every run (default 1)
  -h, --help    Show this help`;

/** Parses the CLI options; throws with a message naming the bad flag. */
function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      dynamic: { type: "boolean", default: false },
      seed: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  return { values, positionals };
}

function integerFlag(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name}: expected a non-negative integer, found ${JSON.stringify(raw)}`);
  }
  return value;
}

function targetProviders(target: string | undefined): readonly Provider[] {
  if (target === undefined || target === "all") return PROVIDERS;
  if (isProvider(target)) return [target];
  throw new Error(`Unknown provider ${JSON.stringify(target)}: expected one of ${PROVIDERS.join(", ")} or all`);
}

async function start(values: ReturnType<typeof parse>["values"], target: string | undefined): Promise<void> {
  const providers = targetProviders(target);
  const port = integerFlag("port", values.port);
  const seed = integerFlag("seed", values.seed);
  if (seed !== undefined && !values.dynamic) throw new Error("--seed only applies with --dynamic");
  const ports: Partial<Record<Provider, number>> = {};
  if (port !== undefined) {
    for (const [index, provider] of providers.entries()) ports[provider] = port === 0 ? 0 : port + index;
  }

  // Signals are handled from the start: Ctrl-C while Prism boots must not leave it behind either.
  let running: RunningMocks | undefined;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const code = signal === "SIGINT" ? 130 : 143;
    // Without running mocks yet, exiting is enough: the exit hook kills any Prism child still booting.
    (running?.stop() ?? Promise.resolve()).then(
      () => process.exit(code),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  process.once("SIGHUP", shutdown);

  running = await startMocks({ providers, ports, host: values.host, dynamic: values.dynamic, seed });
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
    console.log(USAGE);
    return;
  }
  if (extra.length > 0) throw new Error(`Unexpected arguments: ${extra.join(" ")}`);
  if (command === "start") return start(values, target);
  if (command === "spec") {
    if (target === undefined || !isProvider(target))
      throw new Error(`spec: expected one of ${PROVIDERS.join(", ")}, found ${String(target)}`);
    console.log(specPath(target));
    return;
  }
  throw new Error(`Unknown command ${JSON.stringify(command)}: expected start or spec`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`partner-mocks: ${error.message}`);
  process.exitCode = 1;
});
