import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/start-mock.js";
import { freePort } from "./helpers/free-port.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/pets.json", import.meta.url));

/** Child process ids of `pid`, read from /proc (Linux). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
    } catch {
      // the process ended while we were listing
    }
  }
  return children;
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
}

describe("startMock lifecycle", () => {
  const started: RunningMock[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((mock) => mock.stop()));
    delete process.env.PREMIUMS_MOCK_PORT;
  });

  it("port 0 gets a free port, answers at once, in process (no child), and stop() frees the port", async () => {
    const before = new Set(childrenOf(process.pid));
    const mock = await startMock("premiums", { port: 0, spec: FIXTURE });
    expect(mock.provider).toBe("premiums");
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    expect(childrenOf(process.pid).filter((pid) => !before.has(pid))).toEqual([]);
    // The port only opens once the mock can answer: the very first request is served.
    const answer = await fetch(`${mock.url}/pets`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"name":"Rex"}',
    });
    expect(answer.status).toBe(201);
    await mock.stop();
    await mock.stop(); // idempotent
    expect(await refused(mock.url)).toBe(true);
  });

  it("takes its port from PREMIUMS_MOCK_PORT when no port option is given", async () => {
    const port = await freePort();
    process.env.PREMIUMS_MOCK_PORT = String(port);
    const mock = await startMock("premiums", { spec: FIXTURE });
    started.push(mock);
    expect(mock.port).toBe(port);
  });

  it("rejects a malformed port variable, naming it", async () => {
    process.env.PREMIUMS_MOCK_PORT = "forty";
    await expect(startMock("premiums", { spec: FIXTURE })).rejects.toThrow(
      /PREMIUMS_MOCK_PORT="forty".*integer 0-65535/,
    );
  });

  it("rejects an unknown provider, naming the registry's ids", async () => {
    await expect(startMock("stripe")).rejects.toThrow(/Unknown provider "stripe": expected one of .*seyna/);
  });

  it("rejects credentials that do not name the provider's client options", async () => {
    await expect(startMock("seyna", { port: 0, credentials: { user: "a", pass: "b" } })).rejects.toThrow(
      /expected \{ apiKeyId, apiKeySecret \}.*found \{ user, pass \}/,
    );
  });

  it("fails clearly when the port is taken", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((done) =>
      blocker.listen(0, "127.0.0.1", () => done((blocker.address() as { port: number }).port)),
    );
    try {
      await expect(startMock("premiums", { port, spec: FIXTURE })).rejects.toThrow(
        new RegExp(`127.0.0.1:${port} is already in use`),
      );
    } finally {
      blocker.close();
    }
  });

  it("fails to start on a document that is not OpenAPI, saying so", async () => {
    const broken = fileURLToPath(new URL("./fixtures/not-openapi.json", import.meta.url));
    await expect(startMock("premiums", { port: 0, spec: broken })).rejects.toThrow();
  });
});
