// The app's own directory, whether this code runs from src/ (tests) or lib/src/ (compiled).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findAppRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "@partner-apis/docs") return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        "expected to run inside apps/docs (package @partner-apis/docs), found no such package.json above",
      );
    dir = parent;
  }
}

/** Absolute path of apps/docs. */
export const APP_ROOT = findAppRoot();
