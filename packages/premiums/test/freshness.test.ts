// The committed generated types equal what the generator makes from the current bundle.
import { expect, it } from "vitest";
import { regenerateTypes } from "../../../scripts/lib/regenerate-types.mjs";

it("src/generated/premiums.ts is what scripts/generate-types.mjs makes from specs/premiums/dist/openapi.json", async () => {
  const { fresh, committed } = await regenerateTypes("premiums");
  expect(
    fresh === committed,
    "src/generated/premiums.ts is stale: run `pnpm --filter @partner-apis/premiums generate` and commit it",
  ).toBe(true);
}, 30_000);
