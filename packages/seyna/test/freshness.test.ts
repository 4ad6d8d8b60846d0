// The committed generated types equal what the generator makes from the current bundle.
import { fileURLToPath } from "node:url";
import { regenerateTypes } from "@partner-apis/typegen";
import { expect, it } from "vitest";

it("the committed src/generated types are what generate-types makes from the provider's bundle", async () => {
  const { fresh, committed, file } = await regenerateTypes(fileURLToPath(new URL("..", import.meta.url)));
  expect(fresh === committed, `${file} is stale: run \`pnpm turbo run generate\` and commit it`).toBe(true);
}, 30_000);
