import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const EXAMPLE = fileURLToPath(new URL("../examples/quick-start.mjs", import.meta.url));

it("the README's runnable example runs against the built package", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [EXAMPLE], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  expect(stdout).toMatch(/coanda {3}token 200 eyJ/);
  expect(stdout).toMatch(/premiums token 200 Bearer expires_in 3600/);
  expect(stdout).toMatch(/seyna {4}portfolios 200 list/);
  expect(stdout).toMatch(/seyna {4}unknown contract 404 error not_found/);
}, 120_000);
