// Reads the pending changesets (`.changeset/*.md`) and says which bump each package will get.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

const RANK = { none: 0, patch: 1, minor: 2, major: 3 };

/**
 * Returns a Map of package name → `{ bump, files }`: the highest bump any pending changeset asks
 * for, and the changesets that ask for it. Throws naming the file when a changeset is malformed.
 */
export async function pendingBumps(root) {
  const dir = join(root, ".changeset");
  const names = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith(".md") && name !== "README.md");
  const bumps = new Map();
  for (const name of names.sort()) {
    const file = `.changeset/${name}`;
    for (const [pkg, bump] of Object.entries(frontmatter(await readFile(join(dir, name), "utf8"), file))) {
      if (!(bump in RANK)) {
        throw new Error(
          `${file}: expected ${pkg}'s bump to be one of major, minor, patch, none; found ${JSON.stringify(bump)}`,
        );
      }
      const current = bumps.get(pkg);
      if (!current || RANK[bump] > RANK[current.bump]) bumps.set(pkg, { bump, files: [file] });
      else if (RANK[bump] === RANK[current.bump]) current.files.push(file);
    }
  }
  return bumps;
}

function frontmatter(text, file) {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
  if (!match) throw new Error(`${file}: expected a changeset starting with a --- frontmatter block, found none`);
  const data = parse(match[1]) ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Error(`${file}: expected the frontmatter to map package names to bumps, found ${JSON.stringify(data)}`);
  }
  return data;
}
