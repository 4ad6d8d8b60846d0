import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function run(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm --filter @partner-apis/mocks build\` first`);
  return spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } });
}

/** Collects stdout until `count` lines arrived. */
function lines(child: ChildProcessWithoutNullStreams, count: number): Promise<string[]> {
  return new Promise((done, fail) => {
    let text = "";
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const all = text.split("\n").filter((line) => line !== "");
      if (all.length >= count) done(all);
    });
    child.once("exit", (code) =>
      fail(new Error(`CLI exited with ${code} before printing ${count} lines: ${text}${errors}`)),
    );
  });
}

function exit(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done) => {
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.once("exit", (code) => done({ code, stderr, stdout }));
  });
}

describe("partner-mocks CLI", () => {
  it("start all --port 0 prints one aligned URL per provider, serves them, and stops on SIGINT", async () => {
    const child = run(["start", "all", "--port", "0"]);
    const printed = await lines(child, 3);
    expect(printed.map((line) => line.split(/\s+/)[0])).toEqual(["premiums", "coanda", "seyna"]);
    for (const line of printed) expect(line).toMatch(/^[a-z]+ +http:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set(printed.map((line) => line.indexOf("http"))).size).toBe(1);
    const urls = printed.map((line) => line.split(/\s+/)[1]!);
    for (const url of urls) expect((await fetch(`${url}/__unknown__`)).status).toBe(404);

    const exited = exit(child);
    child.kill("SIGINT");
    expect((await exited).code).toBe(130);
    for (const url of urls) await expect(fetch(url)).rejects.toThrow();
  }, 120_000);

  it("start seyna honours SEYNA_MOCK_PORT=0 and --dynamic --seed", async () => {
    const child = run(["start", "seyna", "--dynamic", "--seed", "3"], { SEYNA_MOCK_PORT: "0" });
    const [line] = await lines(child, 1);
    expect(line).toMatch(/^seyna +http:\/\/127\.0\.0\.1:\d+$/);
    const exited = exit(child);
    child.kill("SIGTERM");
    expect((await exited).code).toBe(143);
  }, 120_000);

  it("rejects an unknown provider and a malformed flag with a message naming them", async () => {
    const unknown = await exit(run(["start", "stripe"]));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown provider "stripe": expected one of premiums, coanda, seyna');
    const badPort = await exit(run(["start", "all", "--port", "http"]));
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('--port: expected a non-negative integer, found "http"');
  });

  it("spec <provider> prints the bundled spec path", async () => {
    const result = await exit(run(["spec", "coanda"]));
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/coanda(\.json|\/dist\/openapi\.json)$/);
  });
});
