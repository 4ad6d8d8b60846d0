// The package's entry points as an installed package resolves them (self-reference through "exports", built dist).
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import * as accounting from "../src/accounting/index.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The sorted export names of `specifier`, imported by a separate Node process from the package directory. */
async function exportsOf(specifier: string): Promise<string[]> {
  const script = `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
    cwd: packageDir,
  });
  return JSON.parse(stdout) as string[];
}

it("@partner-apis/seyna/accounting exports the accounting rules, and only them", async () => {
  const names = await exportsOf("@partner-apis/seyna/accounting");
  expect(names).toEqual(Object.keys(accounting).sort());
  expect(names).toEqual(expect.arrayContaining(["checkContract", "checkClaim", "claimValues"]));
  expect(names).not.toContain("createSeynaClient");
});

it("the main entry keeps exporting the accounting rules beside the client", async () => {
  const names = await exportsOf("@partner-apis/seyna");
  expect(names).toEqual(expect.arrayContaining(["createSeynaClient", ...Object.keys(accounting)]));
});
