import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { snapshotSpecs } from "../../release/snapshot-specs.mjs";
import { checkBreaking, formatResults } from "../check-breaking.mjs";

const run = promisify(execFile);
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const cli = fileURLToPath(new URL("../check-breaking.mjs", import.meta.url));

let root;
/** The demo provider's registry entry: check-breaking reads the client package from it. */
const demoManifest = {
  id: "demo",
  name: { en: "Demo API" },
  vendor: "Example Corp",
  purpose: { en: "Exercise the breaking-change gate." },
  auth: { kind: "none", summary: { en: "No credentials." } },
  mockPort: 4100,
  languages: ["en"],
  client: { package: "@partner-apis/demo", factory: "createDemoClient", variable: "demo", credentials: [] },
};

/** A one-provider repository: specs/demo (bundle = `bundled` fixture), packages/demo, released snapshot. */
async function repository({ bundled, released = "released", version = "1.0.0" }) {
  await mkdir(join(root, "specs/demo/dist"), { recursive: true });
  await mkdir(join(root, "packages/demo"), { recursive: true });
  await mkdir(join(root, ".changeset"), { recursive: true });
  await writeFile(
    join(root, "specs/demo/package.json"),
    JSON.stringify({ name: "@partner-apis/spec-demo", private: true }),
  );
  await writeFile(join(root, "specs/demo/provider.json"), JSON.stringify(demoManifest));
  await writeFile(join(root, "packages/demo/package.json"), JSON.stringify({ name: "@partner-apis/demo", version }));
  await writeFile(join(root, ".changeset/config.json"), "{}");
  await writeFile(join(root, ".changeset/README.md"), "# Changesets\n");
  if (released) {
    await cp(join(fixtures, `${released}.json`), join(root, "specs/demo/dist/openapi.json"));
    await snapshotSpecs({ root, all: true });
  }
  await cp(join(fixtures, `${bundled}.json`), join(root, "specs/demo/dist/openapi.json"));
}

async function changeset(name, bumps) {
  const lines = Object.entries(bumps).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  await writeFile(join(root, ".changeset", `${name}.md`), `---\n${lines.join("\n")}\n---\n\nWhat changed.\n`);
}

async function cliRun() {
  return run(process.execPath, [cli, "--root", root]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "check-breaking-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("check-breaking", () => {
  it("fails on the deliberately breaking change and tells how to release it", async () => {
    await repository({ bundled: "breaking" });
    const { code, stdout } = await cliRun();
    expect(code).toBe(1);
    expect(stdout).toContain("✗ demo: 10 breaking change(s) since @partner-apis/demo@1.0.0");
    // One line per change to a shared schema, with every operation it reaches.
    expect(stdout).toContain(
      '  - [response-enum-value-added] SeanceStatus: may now return "postponed", which the released contract did not list',
    );
    expect(stdout).toContain(
      "in GET /seances › 200 response (application/json) › data[].status; POST /seances › 201 response",
    );
    expect(stdout).toContain("pnpm changeset → @partner-apis/demo → major");
  });

  it("passes the same change once a major changeset records it for the provider's package", async () => {
    await repository({ bundled: "breaking" });
    await changeset("drop-delete", { "@partner-apis/demo": "major", "@partner-apis/runtime": "patch" });
    const { code, stdout } = await cliRun();
    expect(code).toBe(0);
    expect(stdout).toContain("✓ demo: 10 breaking change(s)");
    expect(stdout).toContain("released as a major version by .changeset/drop-delete.md");
  });

  it("does not accept a minor changeset, nor a major one for another package, as the escape hatch", async () => {
    await repository({ bundled: "breaking" });
    await changeset("minor", { "@partner-apis/demo": "minor" });
    await changeset("other", { "@partner-apis/other": "major" });
    const [result] = await checkBreaking({ root });
    expect(result.status).toBe("breaking");
    expect(result.pending).toEqual({ bump: "minor", files: [".changeset/minor.md"] });
    expect((await cliRun()).code).toBe(1);
  });

  it("passes the deliberately compatible change, asking for a changeset when there is none", async () => {
    await repository({ bundled: "compatible" });
    let { code, stdout } = await cliRun();
    expect(code).toBe(0);
    expect(stdout).toContain("✓ demo: 18 compatible change(s) since @partner-apis/demo@1.0.0");
    expect(stdout).toContain("⚠ no changeset for @partner-apis/demo");
    await changeset("feature", { "@partner-apis/demo": "minor" });
    ({ code, stdout } = await cliRun());
    expect(code).toBe(0);
    expect(stdout).not.toContain("⚠");
  });

  it("passes before the first release, when no snapshot exists", async () => {
    await repository({ bundled: "breaking", released: null });
    const { code, stdout } = await cliRun();
    expect(code).toBe(0);
    expect(stdout).toContain("✓ demo: no released contract yet");
  });

  it("fails loudly (exit 2) when a bundle or a changeset is unreadable", async () => {
    await repository({ bundled: "released" });
    await writeFile(join(root, ".changeset/broken.md"), "no frontmatter here\n");
    let result = await cliRun();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(".changeset/broken.md: expected a changeset starting with a --- frontmatter block");
    await rm(join(root, ".changeset/broken.md"));
    await changeset("typo", { "@partner-apis/demo": "majr" });
    result = await cliRun();
    expect(result.stderr).toContain(
      `.changeset/typo.md: expected @partner-apis/demo's bump to be one of major, minor, patch, none; found "majr"`,
    );
    await rm(join(root, ".changeset/typo.md"));
    await rm(join(root, "specs/demo/dist/openapi.json"));
    result = await cliRun();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("specs/demo/dist/openapi.json is missing");
  });
});

describe("snapshot-specs (the release step that moves the baseline)", () => {
  it("records a provider only when its package version changed, so unreleased edits stay compared", async () => {
    await repository({ bundled: "compatible" });
    expect(await snapshotSpecs({ root })).toEqual([]);
    const release = JSON.parse(await readFile(join(root, "specs/demo/released/release.json"), "utf8"));
    expect(release).toEqual({ package: "@partner-apis/demo", version: "1.0.0", specVersion: "1.0.0" });

    // `changeset version` bumped the package: the new contract becomes the baseline.
    await writeFile(
      join(root, "packages/demo/package.json"),
      JSON.stringify({ name: "@partner-apis/demo", version: "1.1.0" }),
    );
    expect(await snapshotSpecs({ root })).toEqual([
      { provider: "demo", pkg: "@partner-apis/demo", version: "1.1.0", previous: "1.0.0" },
    ]);
    const [result] = await checkBreaking({ root });
    expect(result.status).toBe("unchanged");
    expect(formatResults([result]).text).toBe("✓ demo: contract unchanged since @partner-apis/demo@1.1.0");
  });
});
