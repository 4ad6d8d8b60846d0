// Lists the workspace packages named by pnpm-workspace.yaml, with their manifests.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

/** Every workspace package under `root`: `[{ dir, path, manifest }]` (`dir` relative, e.g. `packages/runtime`). */
export async function workspacePackages(root) {
  const workspace = parse(await readFile(join(root, "pnpm-workspace.yaml"), "utf8")) ?? {};
  const packages = [];
  for (const pattern of workspace.packages ?? []) {
    if (!pattern.endsWith("/*") || pattern.slice(0, -2).includes("*")) {
      throw new Error(`pnpm-workspace.yaml: expected package globs of the form "folder/*", found "${pattern}"`);
    }
    const parent = pattern.slice(0, -2);
    const entries = await readdir(join(root, parent), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
      const dir = `${parent}/${entry.name}`;
      const text = await readFile(join(root, dir, "package.json"), "utf8").catch(() => null);
      if (text === null) continue;
      packages.push({ dir, path: join(root, dir), manifest: JSON.parse(text) });
    }
  }
  return packages;
}

/** The packages that go to the registry (not `private`). */
export async function publishedPackages(root) {
  return (await workspacePackages(root)).filter((pkg) => pkg.manifest.private !== true);
}

/** The pnpm catalog: dependency name → version range. */
export async function catalog(root) {
  const workspace = parse(await readFile(join(root, "pnpm-workspace.yaml"), "utf8")) ?? {};
  return workspace.catalog ?? {};
}
