// Describes the machine a benchmark ran on, for the header of BENCHMARKS.md.
import { execFileSync } from "node:child_process";
import os from "node:os";

/** Cores, CPU model, memory, OS, Node and pnpm versions. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model?.replace(/\s+/g, " ").trim() ?? "unknown CPU",
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    pnpm: safe(() => execFileSync("pnpm", ["--version"], { encoding: "utf8" }).trim()),
  };
}

/** The short commit the work tree is at, with "+changes" when it has uncommitted edits. */
export function commitInfo(cwd) {
  const sha = safe(() => execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" }).trim());
  const dirty = safe(() => execFileSync("git", ["status", "--porcelain"], { cwd, encoding: "utf8" }).trim());
  return sha === "unknown" ? "" : `${sha}${dirty && dirty !== "unknown" ? "+changes" : ""}`;
}

function safe(read) {
  try {
    return read();
  } catch {
    return "unknown";
  }
}
