// The packages as a new user gets them: packed by `pnpm release:pack`'s code, installed with plain npm into a fresh
// project outside the workspace, then used there the four ways users use them — an ESM program against the packed
// mocks (every shipped example), `require()` from CommonJS on this Node and on Node 24, a TypeScript consumer with
// `moduleResolution` nodenext and bundler (a `.cts` file included), and an esbuild browser bundle of each client.
// One pack and one install serve every case. Needs the build (the test gate runs after it).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packWorkspace } from "../pack.mjs";

const run = promisify(execFile);
const repository = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const tsc = join(repository, "node_modules", ".bin", "tsc");
const esbuild = join(repository, "packages", "runtime", "node_modules", ".bin", "esbuild");
/** The browser budget of one client, as .size-limit.mjs enforces it (size-limit's kB are 1000 bytes). */
const BUDGET_BYTES = 10_000;
const MINUTES = 60_000;

let scratch;
let project;
/** The providers' client packages (from the registry of @partner-apis/contract-core): `[{ name, factory, dir }]`. */
let clients = [];
/** Every publishable package of the workspace, as packed: `[{ name, tarball }]`. */
let packed = [];

/** Run a command in the consumer project; its output on failure. */
async function inProject(command, args, options = {}) {
  try {
    return await run(command, args, { cwd: project, maxBuffer: 32 << 20, timeout: 5 * MINUTES, ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${error.stdout ?? ""}\n${error.stderr ?? error.message}`);
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "partner-apis-consumer-"));
  project = join(scratch, "app");
  await mkdir(project);
  packed = await packWorkspace({ destination: join(scratch, "tarballs") });
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await inProject("npm", [
    "install",
    "--prefer-offline",
    "--no-audit",
    "--no-fund",
    "--ignore-scripts",
    ...packed.map((p) => p.tarball),
  ]);
  const { discoverProviders } = await import(join(repository, "packages", "contract-core", "dist", "index.js"));
  clients = discoverProviders(join(repository, "specs"))
    .map(({ id, client }) => ({
      id,
      name: client.package,
      factory: client.factory,
      dir: join(project, "node_modules", client.package),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  expect(packed.map((p) => p.name)).toEqual(expect.arrayContaining(clients.map((c) => c.name)));
}, 10 * MINUTES);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("a fresh npm project with the packed packages", () => {
  it("installs every provider's client package", async () => {
    expect(clients.length).toBeGreaterThan(0);
    for (const client of clients) await readFile(join(client.dir, "package.json"));
  });

  it(
    "(1) runs every shipped example, as an ESM program, against the packed mocks",
    async () => {
      const examples = [];
      for (const client of clients)
        for (const file of (await readdir(join(client.dir, "examples"))).filter((f) => f.endsWith(".mjs")))
          examples.push(join(client.dir, "examples", file));
      expect(examples.length).toBeGreaterThanOrEqual(clients.length);
      // The program starts every mock on free ports, then runs each example with the mocks' URLs.
      await writeFile(
        join(project, "examples.mjs"),
        `import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { startMocks } from "@partner-apis/mocks";
const run = promisify(execFile);
const mocks = await startMocks({ ports: { premiums: 0, coanda: 0, seyna: 0 } });
const env = { ...process.env };
for (const [provider, url] of Object.entries(mocks.urls)) env[\`\${provider.toUpperCase()}_BASE_URL\`] = url;
const results = [];
try {
  for (const example of ${JSON.stringify(examples)}) {
    const outcome = await run(process.execPath, [example], { env, timeout: 120000 }).then(
      ({ stdout }) => ({ example, ok: true, stdout }),
      (error) => ({ example, ok: false, stdout: String(error.stdout), stderr: String(error.stderr) }),
    );
    results.push(outcome);
  }
} finally {
  await mocks.stop();
}
console.log(JSON.stringify(results));
`,
      );
      const { stdout } = await inProject(process.execPath, ["examples.mjs"]);
      const results = JSON.parse(stdout.trim().split("\n").at(-1));
      for (const result of results) expect(result, JSON.stringify(result, null, 2)).toMatchObject({ ok: true });
      expect(results).toHaveLength(examples.length);
    },
    10 * MINUTES,
  );

  it(
    "(2) require()s every package from CommonJS, on this Node and on Node 24; each client gives its factory",
    async () => {
      const names = packed.map((p) => p.name).sort();
      await writeFile(
        join(project, "require.cjs"),
        `const out = {};
for (const name of ${JSON.stringify(names)}) {
  const m = require(name);
  out[name] = {
    exports: Object.keys(m).length > 0,
    factories: Object.keys(m).filter((key) => /^create\\w*Client$/.test(key) && typeof m[key] === "function"),
  };
}
console.log(JSON.stringify({ node: process.version, out }));
`,
      );
      expect(names).toEqual(expect.arrayContaining(["@partner-apis/runtime", "@partner-apis/mocks"]));
      const factories = Object.fromEntries([
        ["@partner-apis/runtime", ["createApiClient"]],
        ...clients.map((c) => [c.name, [c.factory]]),
      ]);
      const expected = Object.fromEntries(
        names.map((name) => [name, { exports: true, factories: factories[name] ?? [] }]),
      );
      const here = JSON.parse((await inProject(process.execPath, ["require.cjs"])).stdout);
      expect(here.out).toEqual(expected);
      const { stdout } = await inProject("npx", ["--yes", "--package", "node@24", "--", "node", "require.cjs"]);
      const on24 = JSON.parse(stdout.trim().split("\n").at(-1));
      expect(on24.node).toMatch(/^v24\./);
      expect(on24.out).toEqual(expected);
    },
    5 * MINUTES,
  );

  it(
    "(3) typechecks a consumer with moduleResolution nodenext (an .mts and a .cts file) and bundler",
    async () => {
      // The consumer exercises each of today's clients with calls of its own API.
      const byId = (id) => clients.find((client) => client.id === id);
      const [coanda, premiums, seyna] = ["coanda", "premiums", "seyna"].map(byId);
      const body = (module) => `import { ${premiums.factory}, isPremiumsError } from "${premiums.name}";
import { ${coanda.factory} } from "${coanda.name}";
import { ${seyna.factory}, type ErrorBody } from "${seyna.name}";
import { TimeoutError, ConnectionError } from "@partner-apis/runtime";

const premiums = ${premiums.factory}({ clientId: "id", clientSecret: "secret", timeoutMs: 1000 });
const coanda = ${coanda.factory}({ username: "u", password: "p" });
const seyna = ${seyna.factory}({ apiKeyId: "k", apiKeySecret: "s" });
export async function use${module}(): Promise<void> {
  // @ts-expect-error: a misspelled body field does not compile
  await premiums.POST("/v2/company/import", { body: [{ company_uid: "c", company_pcc: "1" }] });
  try {
    await premiums.throwing.POST("/v2/seance/period/simulate-closed", {
      body: { period_start: "2025-01-01", period_end: "2025-12-31", email: "a@example.com" },
    });
  } catch (error) {
    if (isPremiumsError(error, "post", "/v2/seance/period/simulate-closed") && error.status === 400) {
      const status: 400 = error.body.status;
      void status;
    }
    const timedOut: boolean = error instanceof TimeoutError && error instanceof ConnectionError;
    void timedOut;
  }
  const session = await coanda.throwing.POST("/premia/api/v1/sessions", {
    body: { recoJourneyUuid: "r", extProductCode: "P", extSessionCode: "1", clientLastName: "D", clientFirstName: "C", clientBirthDate: "19800101" },
  });
  const hash: string = session.sessionHash;
  const { error } = await seyna.GET("/portfolios/{portfolio_id}", { params: { path: { portfolio_id: "p" } } });
  const seynaError: ErrorBody | undefined = error;
  void hash;
  void seynaError;
}
`;
      await mkdir(join(project, "ts"), { recursive: true });
      await writeFile(join(project, "ts", "esm.mts"), body("Esm"));
      await writeFile(join(project, "ts", "cjs.cts"), body("Cjs"));
      const base = {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        target: "ES2022",
      };
      const configs = {
        "tsconfig.nodenext.json": { module: "nodenext", moduleResolution: "nodenext" },
        "tsconfig.bundler.json": { module: "esnext", moduleResolution: "bundler" },
      };
      for (const [file, options] of Object.entries(configs)) {
        await writeFile(
          join(project, file),
          JSON.stringify({ compilerOptions: { ...base, ...options }, include: ["ts/*.mts", "ts/*.cts"] }),
        );
        await inProject(tsc, ["-p", file]);
      }
    },
    5 * MINUTES,
  );

  it(
    "(4) bundles each client for the browser with esbuild, within the size budget",
    async () => {
      const sizes = {};
      for (const client of clients) {
        const entry = join(project, `entry-${client.factory}.mjs`);
        await writeFile(
          entry,
          `import { ${client.factory} } from "${client.name}";\nconsole.log(${client.factory});\n`,
        );
        const out = join(project, `bundle-${client.factory}.js`);
        await inProject(esbuild, [
          entry,
          "--bundle",
          "--minify",
          "--platform=browser",
          "--format=esm",
          `--outfile=${out}`,
        ]);
        const code = await readFile(out);
        expect(code.toString()).not.toMatch(/node:|require\("http"\)/);
        sizes[client.name] = gzipSync(code).length;
      }
      console.log(`browser bundles, minified + gzipped (bytes): ${JSON.stringify(sizes)}`);
      for (const size of Object.values(sizes)) expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
    },
    5 * MINUTES,
  );
});
