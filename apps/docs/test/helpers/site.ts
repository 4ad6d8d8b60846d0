import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { APP_ROOT } from "../../src/app-root.js";
import type { BuildResult } from "../../src/build.js";
import { buildSite } from "../../src/build.js";

export interface TestSite extends BuildResult {
  remove(): Promise<void>;
}

/** Builds the site from the current bundles into a fresh directory under apps/docs/.tmp. */
export async function buildTestSite(): Promise<TestSite> {
  await mkdir(join(APP_ROOT, ".tmp"), { recursive: true });
  const outDir = await mkdtemp(join(APP_ROOT, ".tmp", "site-"));
  const result = await buildSite(outDir);
  return { ...result, remove: () => rm(outDir, { recursive: true, force: true }) };
}
