// Finds the machine's Chromium (Debian's `chromium` package; never a downloaded build) and starts it
// headless with a fresh profile, for the browser tests and the benchmark.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { chromium } from "playwright-core";
import { APP_ROOT } from "./app-root.js";

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

export interface RunningChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh `--user-data-dir` under apps/docs/.tmp, removed on close. */
export async function launchChromium(
  executablePath: string,
  viewport = { width: 1400, height: 900 },
): Promise<RunningChromium> {
  await mkdir(join(APP_ROOT, ".tmp"), { recursive: true });
  const userDataDir = await mkdtemp(join(APP_ROOT, ".tmp", "chromium-profile-"));
  // Playwright passes userDataDir as --user-data-dir itself (it refuses the flag in args).
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
