// The committed generated types equal what the generator makes from the current bundle.
import { expect, it } from "vitest";
import { regenerateTypes } from "../../../scripts/lib/regenerate-types.mjs";

it("src/generated/seyna.ts is what scripts/generate-types.mjs makes from specs/seyna/dist/openapi.json", async () => {
  const { fresh, committed } = await regenerateTypes("seyna");
  expect(
    fresh === committed,
    "src/generated/seyna.ts is stale: run `pnpm --filter @partner-apis/seyna generate` and commit it",
  ).toBe(true);
}, 30_000);
