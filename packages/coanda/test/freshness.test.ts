// The committed generated types equal what the generator makes from the current bundle.
import { expect, it } from "vitest";
import { regenerateTypes } from "../../../scripts/lib/regenerate-types.mjs";

it("src/generated/coanda.ts is what scripts/generate-types.mjs makes from specs/coanda/dist/openapi.json", async () => {
  const { fresh, committed } = await regenerateTypes("coanda");
  expect(
    fresh === committed,
    "src/generated/coanda.ts is stale: run `pnpm --filter @partner-apis/coanda generate` and commit it",
  ).toBe(true);
}, 30_000);
