import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

it("the README example runs against the built package and prints what the README says", async () => {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
  const printed = /Prints:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  // Run from the package directory so `@partner-apis/seyna-accounting` resolves to this package (self-reference).
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", example!], {
    cwd: packageDir,
  });
  expect(stdout).toBe(printed);
});
