// Once per test run, for the browser and mock suites: build the site into .tmp, serve it on a free
// port, start every registry provider's mock on a free port, and launch ONE Chromium that every
// suite connects to (playwright's browser server). Everything stops when the run ends.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { startMocks } from "@partner-apis/mocks";
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { APP_ROOT } from "../../src/app-root.js";
import { buildSite } from "../../src/build.js";
import { CHROMIUM_FLAGS, findChromium } from "../../src/chromium.js";
import { PROVIDERS } from "../../src/providers.js";
import { serveStatic } from "../../src/serve.js";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    /** Empty when this machine has no Chromium (the browser suites then skip loudly). */
    chromiumEndpoint: string;
    mockUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir(join(APP_ROOT, ".tmp"), { recursive: true });
  const siteDir = await mkdtemp(join(APP_ROOT, ".tmp", "site-"));
  await buildSite(siteDir);
  const site = await serveStatic(siteDir);
  type MockId = NonNullable<Parameters<typeof startMocks>[0]>["providers"] extends readonly (infer P)[] | undefined
    ? P
    : never;
  const ids = PROVIDERS.map((p) => p.id as MockId);
  const mocks = await startMocks({
    providers: ids,
    ports: Object.fromEntries(ids.map((id) => [id, 0])),
  });
  const executablePath = findChromium();
  const browser = executablePath
    ? await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_FLAGS })
    : undefined;
  project.provide("siteUrl", site.url);
  project.provide("siteDir", siteDir);
  project.provide("chromiumEndpoint", browser?.wsEndpoint() ?? "");
  project.provide("mockUrls", { ...mocks.urls });
  return async () => {
    await browser?.close();
    await mocks.stop();
    await site.close();
    await rm(siteDir, { recursive: true, force: true });
  };
}
