// Finds the machine's Chromium (Debian's `chromium` package; never a downloaded build) and the flags
// the browser tests and the benchmark start it with.
import { existsSync } from "node:fs";

/** Where we look, in order: $CHROMIUM_PATH, then the usual system locations. */
export function chromiumCandidates(): string[] {
  return [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome-stable",
    "/usr/bin/google-chrome",
  ].filter((path): path is string => Boolean(path));
}

/** The first Chromium found on this machine, or undefined. */
export function findChromium(): string | undefined {
  return chromiumCandidates().find((path) => existsSync(path));
}

/** Quiet, deterministic, offline: no sandbox (containers), no GPU, no background traffic or updates. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];
