// The committed generated types equal what the generator makes from the current bundle.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const bundle = createRequire(import.meta.url).resolve("@partner-apis/spec-seyna/openapi.json");
const committed = join(repo, "packages", "seyna", "src", "generated", "seyna.ts");
// A throwaway copy of the layout the generator expects, so the committed file is never touched.
const scratch = mkdtempSync(join(tmpdir(), "seyna-freshness-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it("src/generated/seyna.ts is what scripts/generate-types.mjs makes from specs/seyna/dist/openapi.json", async () => {
  mkdirSync(join(scratch, "scripts"));
  mkdirSync(join(scratch, "specs", "seyna", "dist"), { recursive: true });
  copyFileSync(join(repo, "scripts", "generate-types.mjs"), join(scratch, "scripts", "generate-types.mjs"));
  copyFileSync(bundle, join(scratch, "specs", "seyna", "dist", "openapi.json"));
  symlinkSync(join(repo, "node_modules"), join(scratch, "node_modules"), "dir");
  await promisify(execFile)(process.execPath, [join(scratch, "scripts", "generate-types.mjs"), "seyna"], {
    cwd: scratch,
  });
  const fresh = readFileSync(join(scratch, "packages", "seyna", "src", "generated", "seyna.ts"), "utf8");
  expect(
    fresh === readFileSync(committed, "utf8"),
    "src/generated/seyna.ts is stale: run `pnpm --filter @partner-apis/seyna generate` and commit it",
  ).toBe(true);
}, 30_000);
