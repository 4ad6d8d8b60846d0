// The proof that a provider is declared in one place: a copy of this repository gains a fourth
// provider made only of `specs/acme/` (spec + provider.json) and `packages/acme/` (client), copied
// from fixtures/, and every tool picks it up without any other file being edited.
// README.md ("Adding a provider") describes exactly these steps.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { discoverProviders, loadModel } from "@partner-apis/contract-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));
const ID = "acme";
const MINUTES = 60_000;

// The mocks and the docs adopt the registry in their own changes; until a package depends on the
// contract core, it still lists the three providers by hand and cannot know about a fourth.
const adopted = (dir) => {
  const manifest = JSON.parse(readFileSync(join(repo, dir, "package.json"), "utf8"));
  return Boolean(
    manifest.dependencies?.["@partner-apis/contract-core"] ?? manifest.devDependencies?.["@partner-apis/contract-core"],
  );
};

let copy;

/** Runs a command in the copy; on failure the error carries its output. */
async function inCopy(command, args, options = {}) {
  try {
    return await run(command, args, {
      cwd: copy,
      maxBuffer: 32 * 1024 * 1024,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1", FORCE_COLOR: "0" },
      ...options,
    });
  } catch (error) {
    throw new Error(`${command} ${args.join(" ")} failed in ${copy}:\n${error.stdout}\n${error.stderr}`);
  }
}

/** A copy of the working tree (tracked and untracked files, no ignored ones) plus the build outputs. */
async function copyRepository() {
  const dir = mkdtempSync(join(tmpdir(), "fourth-provider-"));
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repo,
    maxBuffer: 32 * 1024 * 1024,
  });
  for (const file of stdout.split("\0").filter(Boolean)) {
    if (!existsSync(join(repo, file))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repo, file), join(dir, file));
  }
  // What the three providers already built is reused: only the new packages are built in the copy.
  for (const parent of ["packages", "apps", "specs"]) {
    for (const name of stdout
      .split("\0")
      .filter((file) => file.startsWith(`${parent}/`) && file.endsWith("/package.json"))) {
      for (const output of ["dist", "lib"]) {
        const from = join(repo, dirname(name), output);
        if (existsSync(from)) cpSync(from, join(dir, dirname(name), output), { recursive: true });
      }
    }
  }
  return dir;
}

/** True when nothing listens on `port` on loopback. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const basic = `Basic ${Buffer.from("key-id:key-secret").toString("base64")}`;

beforeAll(async () => {
  copy = await copyRepository();
  cpSync(join(fixtures, "specs", ID), join(copy, "specs", ID), { recursive: true });
  cpSync(join(fixtures, "packages", ID), join(copy, "packages", ID), { recursive: true });
  // The new workspace packages join the lockfile; the store already holds every dependency.
  await inCopy("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile", "--reporter=append-only"]);
  // What scripts/build does, filtered to the new packages: bundle first, then generate and build.
  await inCopy("pnpm", ["turbo", "run", "bundle", `--filter=@partner-apis/spec-${ID}`, "--output-logs=errors-only"]);
  await inCopy("pnpm", [
    "turbo",
    "run",
    "generate",
    "build",
    `--filter=@partner-apis/${ID}`,
    "--only",
    "--output-logs=errors-only",
  ]);
}, 10 * MINUTES);

afterAll(() => {
  if (copy && !process.env.KEEP_FOURTH_PROVIDER) rmSync(copy, { recursive: true, force: true });
});

describe("a fourth provider added as specs/acme + packages/acme", () => {
  it("is listed by the registry with its manifest, spec package and bundle", () => {
    const providers = discoverProviders(join(copy, "specs"));
    const acme = providers.find((provider) => provider.id === ID);
    expect(providers.map((provider) => provider.id)).toEqual([
      ...discoverProviders(join(repo, "specs")).map((provider) => provider.id),
      ID,
    ]);
    expect(acme).toMatchObject({
      mockPort: 4013,
      specPackage: "@partner-apis/spec-acme",
      client: { package: "@partner-apis/acme", factory: "createAcmeClient" },
      bundlePath: join(copy, "specs", ID, "dist", "openapi.json"),
    });
  });

  it("is bundled, and the contract model reads its operations", () => {
    const model = loadModel(join(copy, "specs", ID, "dist", "openapi.json"));
    expect(model.operations.map((operation) => [operation.id, operation.method, operation.path])).toEqual([
      ["createParcel", "post", "/parcels"],
      ["getParcel", "get", "/parcels/{parcel_id}"],
    ]);
    expect(model.operation("getParcel").provenance).toBe("inferred");
  });

  it("gets generated types, schema aliases included, and a built client", async () => {
    const generated = readFileSync(join(copy, "packages", ID, "src", "generated", `${ID}.ts`), "utf8");
    expect(generated).toMatch(/^\/\/ Generated from specs\/acme by @partner-apis\/typegen/);
    expect(generated).toContain("export type Parcel = components['schemas']['Parcel'];");
    const client = await import(pathToFileURL(join(copy, "packages", ID, "dist", "index.js")).href);
    expect(client.specInfo).toEqual({ title: "Acme Parcels API", version: "1" });
    expect(
      typeof client.createAcmeClient({ apiKeyId: "a", apiKeySecret: "b", baseUrl: "http://127.0.0.1:1" }).GET,
    ).toBe("function");
  });

  describe.skipIf(!adopted("packages/mocks"))("the mocks (once @partner-apis/mocks reads the registry)", () => {
    let mocks;
    beforeAll(async () => {
      await inCopy("pnpm", [
        "turbo",
        "run",
        "build",
        "--filter=@partner-apis/mocks",
        "--only",
        "--output-logs=errors-only",
      ]);
      mocks = await import(pathToFileURL(join(copy, "packages", "mocks", "dist", "index.js")).href);
    }, 10 * MINUTES);

    it("serve it on a free port, answering its documented example", async () => {
      const model = loadModel(join(copy, "specs", ID, "dist", "openapi.json"));
      const running = await mocks.startMock(ID, { port: 0 });
      try {
        const response = await fetch(`${running.url}/parcels/prc-0001`, { headers: { authorization: basic } });
        const body = await response.json();
        expect(response.status).toBe(200);
        expect(
          model.validateResponse(model.operation("getParcel"), {
            status: response.status,
            mediaType: response.headers.get("content-type") ?? undefined,
            body,
          }),
        ).toEqual([]);
      } finally {
        await running.stop();
      }
    });

    it("serve it on its own port from provider.json when none is given", async () => {
      if (!(await portIsFree(4013))) throw new Error("port 4013 is taken on this machine: free it to run this check");
      const running = await mocks.startMock(ID);
      try {
        expect(new URL(running.url).port).toBe("4013");
      } finally {
        await running.stop();
      }
    });

    it("start it on a free port from the vitest setup, with its URL provided and in ACME_MOCK_URL", async () => {
      const setup = (await import(pathToFileURL(join(copy, "packages", "mocks", "dist", "vitest-setup.js")).href))
        .default;
      const provided = {};
      const teardown = await setup({ provide: (key, value) => (provided[key] = value) });
      try {
        const url = provided[`${ID}MockUrl`];
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(new URL(url).port).not.toBe("4013");
        expect(process.env.ACME_MOCK_URL).toBe(url);
        const response = await fetch(`${url}/parcels/prc-0001`, { headers: { authorization: basic } });
        expect(response.status).toBe(200);
      } finally {
        await teardown();
        delete process.env.ACME_MOCK_URL;
      }
    });

    it("are covered by the contract suite: every operation replayed, no mismatch", async () => {
      const model = loadModel(join(copy, "specs", ID, "dist", "openapi.json"));
      const running = await mocks.startMock(ID, { port: 0 });
      try {
        const { stdout } = await inCopy(process.execPath, [
          join(copy, "packages", "mocks", "dist", "verify-cli.js"),
          ID,
          "--target",
          running.url,
          "--basic",
          "key-id:key-secret",
          "--json",
        ]);
        const report = JSON.parse(stdout);
        expect(report.skipped).toEqual([]);
        expect(new Set(report.outcomes.map((outcome) => outcome.operation))).toEqual(
          new Set(model.operations.map((operation) => operation.id)),
        );
        expect(report.mismatchCount).toBe(0);
      } finally {
        await running.stop();
      }
    });
  });

  describe.skipIf(!adopted("apps/docs"))("the docs (once @partner-apis/docs reads the registry)", () => {
    it(
      "build a page for it",
      async () => {
        await inCopy("pnpm", [
          "turbo",
          "run",
          "build",
          "--filter=@partner-apis/docs",
          "--only",
          "--output-logs=errors-only",
        ]);
        const page = readFileSync(join(copy, "apps", "docs", "dist", ID, "index.html"), "utf8");
        expect(page).toContain("Acme Parcels API");
        expect(readFileSync(join(copy, "apps", "docs", "dist", "index.html"), "utf8")).toContain("Acme Parcels API");
      },
      10 * MINUTES,
    );
  });
});
