// A package README's runnable example, run as its readers would: the first ```js block of the README,
// executed from the package folder (so the package's own name resolves to it, by self-reference), with
// what it printed and what the README's "Prints:" block says it prints.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

/** Runs the README example of the package in `packageDir`: `{ stdout, printed }` (printed: the README's claim). */
export async function runReadmeExample(packageDir) {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
  const printed = /Prints:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1];
  if (example === undefined) throw new Error(`${packageDir}/README.md: expected a \`\`\`js example block, found none`);
  if (printed === undefined) throw new Error(`${packageDir}/README.md: expected a "Prints:" block after the example`);
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", example], {
    cwd: packageDir,
  });
  return { stdout, printed };
}
