import { fileURLToPath } from "node:url";
import { runReadmeExample } from "@partner-apis/test-support/readme-example";
import { expect, it } from "vitest";

it("the README example runs against the built package and prints what the README says", async () => {
  const { stdout, printed } = await runReadmeExample(fileURLToPath(new URL("..", import.meta.url)));
  expect(stdout).toBe(printed);
});
