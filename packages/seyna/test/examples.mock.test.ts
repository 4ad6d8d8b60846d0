// The README's runnable examples (one per operation group, shipped in the package), run against a real mock.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
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
  // The default mock, as the README starts it (`partner-mocks start seyna`): the stateful sandbox,
  // seeded with the spec's examples. The examples print what the README says they print against it.
  mock = await startMock("seyna", { port: 0, specPath });
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
  expect(stdout).toContain("stored contract ctr-quickstart-0001 at version 1");
  expect(stdout).toContain("read back ctr-quickstart-0001");
  expect(stdout).toContain("contract ctr-000123 2024-01-01 → 2025-01-01");
  expect(stdout).toContain("contract ctr-quickstart-0001 2024-01-01 → 2025-01-01");
  expect(stdout).toContain("BadRequestError 400 on GET");
  // Every line the README shows for it, in order (its port is the CLI's default, 4012).
  const readme = readFileSync(join(examples, "..", "README.md"), "utf8");
  const shown = /prints, against a freshly started mock:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(shown, "README: the output of contracts.mjs").toBeDefined();
  const lines = shown!.split("\n").filter((line) => line !== "" && line !== "…");
  const printed = stdout.replaceAll(new URL(mock.url).origin, "http://127.0.0.1:4012").split("\n");
  expect(printed.filter((line) => lines.includes(line))).toEqual(lines);
}, 60_000);

it("receipts.mjs, claims.mjs and settlements.mjs read their lists and items", async () => {
  expect(await run("receipts.mjs")).toMatch(/receipt\(s\) on the first page/);
  expect(await run("claims.mjs")).toContain("claim clm-000045: value 530, fgu_claim 580");
  expect(await run("settlements.mjs")).toMatch(/\d+ settlement\(s\)/);
}, 60_000);
