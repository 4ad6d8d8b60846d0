// Rules every package.json of the workspace follows: versions come from the pnpm catalog, one version
// of each dependency across the repository, and the same supported Node range everywhere.

const FIELDS = ["dependencies", "devDependencies", "optionalDependencies"];

/**
 * Checks `manifests` (`[{ dir, manifest }]`, the root included as dir ".") against the `catalog`
 * and the root's `engines.node`. Returns one message per problem, naming the file and the field.
 */
export function manifestProblems({ manifests, catalog, engines }) {
  const problems = [];
  const workspaceNames = new Set(manifests.map(({ manifest }) => manifest.name));
  const rangesByDependency = new Map();

  for (const { dir, manifest } of manifests) {
    const file = dir === "." ? "package.json" : `${dir}/package.json`;
    for (const field of FIELDS) {
      for (const [name, range] of Object.entries(manifest[field] ?? {})) {
        if (workspaceNames.has(name) || range.startsWith("workspace:")) continue;
        if (range === "catalog:" || range.startsWith("catalog:")) {
          if (!(name in catalog))
            problems.push(`${file}: ${field}.${name} is "catalog:" but pnpm-workspace.yaml's catalog has no ${name}`);
          continue;
        }
        if (name in catalog) {
          problems.push(
            `${file}: ${field}.${name} pins "${range}"; expected "catalog:" (the catalog holds ${catalog[name]})`,
          );
        }
        const seen = rangesByDependency.get(name) ?? [];
        seen.push({ file, field, range });
        rangesByDependency.set(name, seen);
      }
    }
    // peerDependencies stay ranges on purpose (what users may bring), so they are not compared.

    const node = manifest.engines?.node;
    const published = dir !== "." && manifest.private !== true;
    if (dir !== "." && (published || node !== undefined) && node !== engines) {
      problems.push(
        `${file}: engines.node is ${JSON.stringify(node)}; expected "${engines}" like the root package.json`,
      );
    }
  }

  for (const [name, uses] of rangesByDependency) {
    const ranges = new Set(uses.map((use) => use.range));
    if (ranges.size > 1) {
      const where = uses.map((use) => `${use.file} ${use.range}`).join(", ");
      problems.push(`${name} has ${ranges.size} different ranges (${where}): expected one, from the catalog`);
    }
  }
  return problems;
}
