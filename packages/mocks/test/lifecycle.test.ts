import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../src/free-port.js";
import { type RunningMock, startMock } from "../src/start-mock.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/pets.json", import.meta.url));
const SRC_INDEX = fileURLToPath(new URL("../dist/index.js", import.meta.url));

/** Child process ids of `pid`, read from /proc (Linux): no `ps`, so no helper process to filter out. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // the process ended while we were listing
    }
  }
  return children;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function eventually(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return check();
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

  it("port 0 gets a free port, answers, and stop() frees the port and ends Prism", async () => {
    const before = new Set(childrenOf(process.pid));
    const mock = await startMock("premiums", { port: 0, specPath: FIXTURE });
    expect(mock.provider).toBe("premiums");
    expect(mock.port).toBeGreaterThan(0);
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    const prismPids = childrenOf(process.pid).filter((pid) => !before.has(pid));
    expect(prismPids).toHaveLength(1);
    const answer = await fetch(`${mock.url}/pets`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"name":"Rex"}',
    });
    expect(answer.status).toBe(201);

    await mock.stop();
    await mock.stop(); // idempotent
    expect(await refused(mock.url)).toBe(true);
    expect(alive(prismPids[0]!)).toBe(false);
  });

  it("takes its port from PREMIUMS_MOCK_PORT when no port option is given", async () => {
    const port = await freePort();
    process.env.PREMIUMS_MOCK_PORT = String(port);
    const mock = await startMock("premiums", { specPath: FIXTURE });
    started.push(mock);
    expect(mock.port).toBe(port);
  });

  it("rejects a malformed port variable, naming it", async () => {
    process.env.PREMIUMS_MOCK_PORT = "forty";
    await expect(startMock("premiums", { specPath: FIXTURE })).rejects.toThrow(
      /PREMIUMS_MOCK_PORT="forty".*integer 0-65535/,
    );
  });

  it("fails clearly when the port is taken, leaving no Prism behind", async () => {
    const blocker = createServer();
    const port = await new Promise<number>((done) =>
      blocker.listen(0, "127.0.0.1", () => done((blocker.address() as { port: number }).port)),
    );
    const before = childrenOf(process.pid).length;
    try {
      await expect(startMock("premiums", { port, specPath: FIXTURE })).rejects.toThrow(
        new RegExp(`127.0.0.1:${port} is already in use`),
      );
    } finally {
      blocker.close();
    }
    expect(await eventually(() => childrenOf(process.pid).length === before)).toBe(true);
  });

  it("reports Prism's own logs when Prism cannot start", async () => {
    const broken = fileURLToPath(new URL("./fixtures/not-openapi.json", import.meta.url));
    await expect(startMock("premiums", { port: 0, specPath: broken })).rejects.toThrow(
      /Prism exited before answering[\s\S]*Prism logs/,
    );
  });

  it("leaves no Prism behind when the process that started it is killed with SIGKILL", async () => {
    const script = `
      const { startMock } = await import(${JSON.stringify(SRC_INDEX)});
      const mock = await startMock("premiums", { port: 0, specPath: ${JSON.stringify(FIXTURE)} });
      console.log(mock.url);
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      const url = await new Promise<string>((done) =>
        parent.stdout.once("data", (chunk: Buffer) => done(chunk.toString().trim())),
      );
      const prismPids = childrenOf(parent.pid!);
      expect(prismPids).toHaveLength(1);
      expect(
        (
          await fetch(`${url}/pets`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: '{"name":"a"}',
          })
        ).status,
      ).toBe(201);

      parent.kill("SIGKILL");
      expect(await eventually(() => !alive(prismPids[0]!))).toBe(true);
    } finally {
      parent.kill("SIGKILL"); // never leave the helper behind, even when an assertion fails
    }
  });
});
