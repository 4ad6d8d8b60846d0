import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { LogBuffer } from "./log-buffer.js";
import { waitUntilAnswering } from "./wait-ready.js";

const require = createRequire(import.meta.url);

/** Prism's CLI entry (a CommonJS file), run with the current Node binary: no shell, no `npx`. */
export const PRISM_ENTRY = require.resolve("@stoplight/prism-cli/dist/index.js");

/**
 * Runs in the child (`node -e`): loads Prism's CLI in-process and exits as soon as its stdin closes,
 * which happens when the parent dies for any reason (even SIGKILL), so Prism is never orphaned.
 */
const WATCHDOG = [
  "const entry = process.argv[1];",
  "process.argv = [process.execPath, entry, ...process.argv.slice(2)];",
  "const quit = () => process.exit(0);",
  "process.stdin.on('end', quit); process.stdin.on('close', quit); process.stdin.on('error', quit);",
  "process.stdin.resume();",
  "require(entry);",
].join("\n");

export interface PrismOptions {
  /** `mock` serves examples; `proxy` forwards to `upstream` and validates both ways. */
  mode: "mock" | "proxy";
  spec: string;
  host: string;
  port: number;
  dynamic?: boolean;
  seed?: number | string;
  upstream?: string;
  /** Turn request/response violations into error responses (`--errors`). */
  errors?: boolean;
  /** Prism's log level: logs are captured, not printed. */
  logLevel?: "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";
  readyTimeoutMs?: number;
}

/** A running Prism child process. */
export interface PrismProcess {
  url: string;
  port: number;
  child: ChildProcess;
  logs: LogBuffer;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kills every Prism child still alive when this process exits, however it exits. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const child of live) child.kill("SIGKILL");
  });
}

/** Command-line arguments for Prism from our options. */
export function prismArgs(options: PrismOptions): string[] {
  const args = [options.mode, options.spec];
  if (options.mode === "proxy") {
    if (options.upstream === undefined) throw new Error("Prism proxy mode needs an upstream URL, found none");
    args.push(options.upstream);
  }
  args.push("--host", options.host, "--port", String(options.port), "-v", options.logLevel ?? "warn");
  if (options.errors) args.push("--errors");
  if (options.mode === "mock" && options.dynamic) {
    args.push("--dynamic");
    if (options.seed !== undefined) args.push("--seed", String(options.seed));
  }
  return args;
}

/** Spawns Prism and resolves once it answers HTTP; on failure rejects with Prism's captured logs. */
export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  installExitHook();
  const child = spawn(process.execPath, ["-e", WATCHDOG, PRISM_ENTRY, ...prismArgs(options)], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", SCARF_ANALYTICS: "false", DO_NOT_TRACK: "1" },
    windowsHide: true,
  });
  live.add(child);
  const logs = new LogBuffer();
  child.stdout?.on("data", (chunk: Buffer) => logs.write(chunk));
  child.stderr?.on("data", (chunk: Buffer) => logs.write(chunk));
  // The parent never writes to stdin; closing it is the watchdog's signal. Ignore EPIPE on shutdown.
  child.stdin?.on("error", () => {});

  let exited: string | undefined;
  const exitPromise = new Promise<void>((done) => {
    child.once("exit", (code, signal) => {
      exited = `Prism exited before answering (code ${String(code)}, signal ${String(signal)})`;
      live.delete(child);
      done();
    });
  });
  child.once("error", (error) => {
    exited = `Prism could not start: ${error.message}`;
  });

  const url = `http://${options.host}:${options.port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 2000);
    await exitPromise;
    clearTimeout(timer);
  };

  try {
    await waitUntilAnswering(url, { timeoutMs: options.readyTimeoutMs ?? 60_000, abandoned: () => exited });
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- Prism logs (${options.spec}) ---\n${logs.text().trim()}`);
  }
  return { url, port: options.port, child, logs, stop };
}
