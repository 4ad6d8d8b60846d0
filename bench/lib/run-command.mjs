// Runs a command and measures its wall-clock time; output is kept for the error message only.
import { spawn } from "node:child_process";

/** Resolves `{ ms, code, output }`; never rejects (a failed command is a result too). */
export function timeCommand(command, args, { cwd, env } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve({ ms: performance.now() - started, code: -1, output: error.message }));
    child.on("close", (code) => resolve({ ms: performance.now() - started, code, output }));
  });
}

/** The last non-empty line of a command's output, to say why it failed. */
export function lastLine(output) {
  return (
    output
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? ""
  );
}
