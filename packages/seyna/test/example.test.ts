// The README's runnable example, run against a real mock.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@partner-apis/mocks";
import { afterAll, beforeAll, expect, it } from "vitest";

const example = join(dirname(fileURLToPath(import.meta.url)), "..", "examples", "quickstart.mjs");
const specPath = createRequire(import.meta.url).resolve("@partner-apis/spec-seyna/openapi.json");
let mock: RunningMock;
beforeAll(async () => {
  // Plain Prism (no sandbox): the README's output is that of the spec's examples.
  mock = await startMock("seyna", { port: 0, specPath, stateful: false });
}, 60_000);
afterAll(async () => {
  await mock?.stop();
});

it("examples/quickstart.mjs runs against the mock and prints what the README says", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [example], {
    env: { ...process.env, SEYNA_BASE_URL: mock.url },
  });
  expect(stdout).toContain("portfolio pf_home_2024: product prd_phone_cover, timezone Europe/Paris");
  expect(stdout).toContain("stored contract ctr-000123 at version 1");
  expect(stdout).toContain("contract ctr-000123 2024-01-01 → 2025-01-01");
  expect(stdout).toContain(
    "receipts-pave-contract-cover: receipts[2].start_cover_date: gap: no receipt covers [2024-07-01, 2024-07-02) (1 day)",
  );
  expect(stdout).toContain("claim clm-000045: value 530, fgu_claim 580");
  expect(stdout).toContain(
    "settlement rules broken without settlements: claim.guarantees.theft.paid, claim.guarantees.theft.management_paid",
  );
  expect(stdout).toContain("BadRequestError 400 on GET");
}, 60_000);
