// The README's runnable examples (one per operation group, shipped in the package), run against a real mock.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@partner-apis/mocks";
import { afterAll, beforeAll, expect, it } from "vitest";

const examples = join(dirname(fileURLToPath(import.meta.url)), "..", "examples");
const specPath = createRequire(import.meta.url).resolve("@partner-apis/spec-seyna/openapi.json");
let mock: RunningMock;
beforeAll(async () => {
  // Plain Prism (no sandbox): the examples print the spec's examples.
  mock = await startMock("seyna", { port: 0, specPath, stateful: false });
}, 60_000);
afterAll(async () => {
  await mock?.stop();
});

/** Run one shipped example against the mock; its standard output. */
async function run(name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(examples, name)], {
    env: { ...process.env, SEYNA_BASE_URL: mock.url },
  });
  return stdout;
}

it("portfolios.mjs reads the portfolios", async () => {
  expect(await run("portfolios.mjs")).toContain(
    "portfolio pf_home_2024: product prd_phone_cover, timezone Europe/Paris",
  );
}, 60_000);

it("contracts.mjs writes, reads, paginates, checks and reports a typed 400", async () => {
  const stdout = await run("contracts.mjs");
  expect(stdout).toContain("stored contract ctr-000123 at version 1");
  expect(stdout).toContain("contract ctr-000123 2024-01-01 → 2025-01-01");
  expect(stdout).toContain("BadRequestError 400 on GET");
}, 60_000);

it("receipts.mjs, claims.mjs and settlements.mjs read their lists and items", async () => {
  expect(await run("receipts.mjs")).toMatch(/receipt\(s\) on the first page/);
  expect(await run("claims.mjs")).toContain("claim clm-000045: value 530, fgu_claim 580");
  expect(await run("settlements.mjs")).toMatch(/\d+ settlement\(s\)/);
}, 60_000);
