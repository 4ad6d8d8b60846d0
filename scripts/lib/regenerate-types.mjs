// Regenerates one provider's types into a throwaway copy of the repository layout and returns them beside
// the committed file, so a package's freshness test compares the two without ever touching the real one.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `{ fresh, committed }`: what scripts/generate-types.mjs makes from the current bundle, and what git holds. */
export async function regenerateTypes(provider) {
  const generated = join("packages", provider, "src", "generated", `${provider}.ts`);
  const bundle = join("specs", provider, "dist", "openapi.json");
  const scratch = mkdtempSync(join(tmpdir(), `${provider}-freshness-`));
  try {
    mkdirSync(join(scratch, "scripts"));
    mkdirSync(join(scratch, dirname(bundle)), { recursive: true });
    copyFileSync(join(repo, "scripts", "generate-types.mjs"), join(scratch, "scripts", "generate-types.mjs"));
    copyFileSync(join(repo, bundle), join(scratch, bundle));
    symlinkSync(join(repo, "node_modules"), join(scratch, "node_modules"), "dir");
    await promisify(execFile)(process.execPath, [join(scratch, "scripts", "generate-types.mjs"), provider], {
      cwd: scratch,
    });
    return {
      fresh: readFileSync(join(scratch, generated), "utf8"),
      committed: readFileSync(join(repo, generated), "utf8"),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
