// The committed generated types equal what the generator makes from the current bundle.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { BUNDLE_PATH } from "./spec.js";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const committed = join(repo, "packages", "premiums", "src", "generated", "premiums.ts");
// A throwaway copy of the repository layout the generator expects, so the real file is never touched.
const scratch = mkdtempSync(join(tmpdir(), "premiums-freshness-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("src/generated/premiums.ts is what scripts/generate-types.mjs makes from specs/premiums/dist/openapi.json", async () => {
  mkdirSync(join(scratch, "scripts"));
  mkdirSync(join(scratch, "specs", "premiums", "dist"), { recursive: true });
  copyFileSync(join(repo, "scripts", "generate-types.mjs"), join(scratch, "scripts", "generate-types.mjs"));
  copyFileSync(BUNDLE_PATH, join(scratch, "specs", "premiums", "dist", "openapi.json"));
  symlinkSync(join(repo, "node_modules"), join(scratch, "node_modules"), "dir");
  await promisify(execFile)(process.execPath, [join(scratch, "scripts", "generate-types.mjs"), "premiums"], {
    cwd: scratch,
  });
  const fresh = readFileSync(join(scratch, "packages", "premiums", "src", "generated", "premiums.ts"), "utf8");
  // On failure: run `pnpm turbo run generate --filter=@partner-apis/premiums` and commit the result.
  expect(
    fresh === readFileSync(committed, "utf8"),
    "src/generated/premiums.ts is stale: regenerate it (pnpm --filter @partner-apis/premiums generate)",
  ).toBe(true);
}, 30_000);
