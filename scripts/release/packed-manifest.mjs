// Checks a packed package (its package.json as published and its file list) for what publint and
// attw do not look at: workspace leftovers, private dependencies, engines, README and bin files.

const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];

/**
 * Returns `[{ type: "error" | "warning", message }]` for one packed package.
 * `files` are the paths inside the tarball (`dist/index.js`), `binHeads` maps a bin path to its first line,
 * `privateNames` the workspace packages that are never published, `engines` the root's `engines.node`.
 */
export function packedManifestProblems({ manifest, files, binHeads = {}, privateNames, engines }) {
  const problems = [];
  const error = (message) => problems.push({ type: "error", message });
  const warning = (message) => problems.push({ type: "warning", message });
  const has = new Set(files);

  for (const field of DEPENDENCY_FIELDS) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|catalog):/.test(range)) {
        error(
          `${field}.${name} is "${range}" in the packed package.json: expected a semver range (pack with pnpm, which rewrites it)`,
        );
      }
      if (privateNames.has(name)) {
        error(
          `${field}.${name} is a private workspace package that is never published: users cannot install it (move it to devDependencies and ship what is needed in dist)`,
        );
      }
    }
  }
  if (manifest.engines?.node !== engines) {
    error(
      `engines.node is ${JSON.stringify(manifest.engines?.node)}: expected "${engines}", the range the repository supports and tests`,
    );
  }
  if (!has.has("README.md")) error("README.md is not in the package: npm shows it as the package's page");
  if (manifest.license && !files.some((file) => /^licen[cs]e(\.|$)/i.test(file))) {
    warning(`license is ${manifest.license} but no LICENSE file is packed`);
  }
  const bins = typeof manifest.bin === "string" ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  for (const [command, target] of Object.entries(bins)) {
    const path = target.replace(/^\.\//, "");
    if (!has.has(path)) error(`bin.${command} points at ${target}, which is not in the package`);
    else if (!binHeads[path]?.startsWith("#!"))
      error(`bin.${command} (${target}) does not start with a #! line: npm cannot run it`);
  }
  return problems;
}
