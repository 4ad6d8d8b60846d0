// Every code sample the references show is compiled with `tsc --noEmit` against the real client
// package of its provider, so a sample cannot rot when a spec or a client changes.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../src/app-root.js";
import { loadBundle } from "../src/bundles.js";
import type { DocsSpec } from "../src/docs-spec.js";
import { buildDocsSpec } from "../src/docs-spec.js";
import { listOperations } from "../src/openapi.js";
import { PROVIDERS } from "../src/providers.js";

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

interface SampleFile {
  file: string;
  what: string;
  source: string;
}

// Deliberately wrong programs: they must fail, or the check proves nothing (e.g. a client typed `any`).
const CONTROL_MARK = "__not_in_the_spec__";

let dir: string;
let docs: DocsSpec[];
let samples: SampleFile[];
let controls: SampleFile[];
let diagnostics: Map<string, string[]>;

beforeAll(async () => {
  docs = [];
  for (const p of PROVIDERS) {
    const bundle = await loadBundle(p);
    for (const language of p.languages) docs.push(buildDocsSpec(bundle, p, language));
  }
  await mkdir(join(APP_ROOT, ".tmp"), { recursive: true });
  dir = await mkdtemp(join(APP_ROOT, ".tmp", "samples-"));
  samples = [];
  controls = [];
  for (const d of docs) {
    for (const op of d.operations) {
      op.samples.forEach((sample, index) => {
        const name = `${op.operationId.replace(/[^\w-]/g, "_")}${index === 0 ? "" : `-${index}`}.ts`;
        samples.push({
          file: join(dir, d.provider.id, d.language, name),
          what: `${d.provider.id} ${d.language} ${op.method.toUpperCase()} ${op.path} (${sample.label})`,
          source: sample.source,
        });
      });
    }
    if (d.language !== "en") continue;
    const first = d.operations[0]!.samples[0]!.source;
    controls.push({
      file: join(dir, "controls", `${d.provider.id}-unknown-path.ts`),
      what: `${d.provider.id}: a path the spec does not have`,
      source: first.replace(/\.(GET|PUT|POST|PATCH|DELETE)\("[^"]+"/, `.$1("/${CONTROL_MARK}"`),
    });
    const withBody = d.operations.flatMap((o) => o.samples).find((s) => /body: \{\n/.test(s.source));
    if (withBody) {
      controls.push({
        file: join(dir, "controls", `${d.provider.id}-unknown-body-field.ts`),
        what: `${d.provider.id}: a body field the spec does not have`,
        source: withBody.source.replace(/body: \{\n/, `body: {\n    ${CONTROL_MARK}: true,\n`),
      });
    }
  }
  for (const s of [...samples, ...controls]) {
    await mkdir(join(s.file, ".."), { recursive: true });
    await writeFile(s.file, s.source);
  }
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        extends: relative(dir, join(APP_ROOT, "..", "..", "tsconfig.base.json")),
        compilerOptions: {
          noEmit: true,
          types: ["node"],
          declaration: false,
          declarationMap: false,
          sourceMap: false,
          paths: clientTypes(),
        },
        include: ["**/*.ts"],
      },
      null,
      2,
    ),
  );
  diagnostics = await typecheck(dir);
}, 180_000);

/**
 * Each registry provider's client package mapped to its built types in the workspace: the docs depend on
 * no client by name, so a new provider's samples are checked as soon as its package is built.
 */
function clientTypes(): Record<string, string[]> {
  const packagesDir = join(APP_ROOT, "..", "..", "packages");
  const wanted = new Set(PROVIDERS.map((p) => p.clientPackage));
  const paths: Record<string, string[]> = {};
  for (const folder of readdirSync(packagesDir)) {
    const manifest = JSON.parse(readFileSync(join(packagesDir, folder, "package.json"), "utf8")) as {
      name: string;
      types?: string;
    };
    if (wanted.has(manifest.name))
      paths[manifest.name] = [join(packagesDir, folder, manifest.types ?? "dist/index.d.ts")];
  }
  for (const name of wanted)
    if (!paths[name]) throw new Error(`no packages/<folder> holds ${name}: expected a client package`);
  return paths;
}

afterAll(async () => {
  if (dir && !process.env.KEEP_SAMPLES) await rm(dir, { recursive: true, force: true });
});

async function typecheck(project: string): Promise<Map<string, string[]>> {
  const result = await run(process.execPath, [tsc, "-p", project, "--noEmit", "--pretty", "false"], {
    cwd: project,
    maxBuffer: 32 * 1024 * 1024,
  }).then(
    (r) => r.stdout,
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ""}${error.stderr ?? ""}`,
  );
  const byFile = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of result.split("\n")) {
    const match = /^(.+?\.ts)\(\d+,\d+\): error /.exec(line);
    if (match) {
      current = join(project, match[1]!);
      byFile.set(current, [...(byFile.get(current) ?? []), line]);
    } else if (line.trim() && current) {
      byFile.get(current)!.push(line);
    } else if (line.trim()) {
      byFile.set("(tsc)", [...(byFile.get("(tsc)") ?? []), line]);
    }
  }
  return byFile;
}

describe("code samples", () => {
  it("cover every operation of every bundle, in every language of its reference", async () => {
    for (const d of docs) {
      const bundle = await loadBundle(d.provider);
      const expected = listOperations(bundle).map((o) => `${o.method} ${o.path}`);
      expect(
        d.operations.map((o) => `${o.method} ${o.path}`),
        `${d.provider.id} ${d.language}`,
      ).toEqual(expected);
      for (const op of d.operations) expect(op.samples.length, `${op.method} ${op.path}`).toBeGreaterThan(0);
    }
  });

  it("all type-check against the real client packages", () => {
    const failures = samples
      .filter((s) => diagnostics.has(s.file))
      .map((s) => `✗ ${s.what}\n${diagnostics.get(s.file)!.join("\n")}\n--- sample ---\n${s.source}`);
    const general = diagnostics.get("(tsc)") ?? [];
    expect(general, `tsc failed outside the samples:\n${general.join("\n")}`).toEqual([]);
    expect(
      failures,
      `${failures.length} of ${samples.length} samples do not compile:\n\n${failures.join("\n\n")}`,
    ).toEqual([]);
    expect(samples.length).toBeGreaterThan(0);
  });

  it("fail to type-check when they call a path or send a field the spec does not have (the check can fail)", () => {
    expect(controls.length).toBeGreaterThanOrEqual(PROVIDERS.length);
    for (const control of controls) {
      const errors = diagnostics.get(control.file) ?? [];
      expect(errors.join("\n"), control.what).toMatch(/error TS\d+/);
    }
  });
});
