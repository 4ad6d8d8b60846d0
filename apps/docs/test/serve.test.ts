import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT } from "../src/app-root.js";
import type { RunningServer } from "../src/serve.js";
import { serveStatic } from "../src/serve.js";

let root: string;
let server: RunningServer;

beforeAll(async () => {
  await mkdir(join(APP_ROOT, ".tmp"), { recursive: true });
  root = await mkdtemp(join(APP_ROOT, ".tmp", "serve-"));
  await mkdir(join(root, "premiums"));
  await mkdir(join(root, "assets"));
  await writeFile(join(root, "index.html"), "<h1>home</h1>");
  await writeFile(join(root, "premiums", "index.html"), "<h1>premiums</h1>");
  await writeFile(join(root, "assets", "site.0123456789.css"), "body{}".repeat(100));
  await writeFile(join(root, "..", `${root.split("/").pop()}-secret.txt`), "outside the root");
  server = await serveStatic(root);
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
  await rm(`${root}-secret.txt`, { force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

// Raw node:http so the path is sent exactly as written (fetch would normalise "..").
function get(
  path: string,
  { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static server", () => {
  it("answers a repeat visit's revalidation with 304 and no body", async () => {
    const first = await get("/premiums/");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const again = await get("/premiums/", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get("/premiums/", { headers: { "If-None-Match": 'W/"other"' } })).status).toBe(200);
  });

  it("listens on 127.0.0.1 on the port it was given (0: a free one)", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves index.html for / and for a directory ending in /", async () => {
    const home = await get("/");
    expect(home.status).toBe(200);
    expect(home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(home.headers["cache-control"]).toBe("no-cache");
    expect(home.body.toString()).toBe("<h1>home</h1>");
    expect((await get("/premiums/")).body.toString()).toBe("<h1>premiums</h1>");
  });

  it("redirects a directory without its trailing slash, so relative links resolve", async () => {
    const answer = await get("/premiums?x=1");
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("/premiums/?x=1");
  });

  it("caches content-hashed assets for good and gzips text when asked", async () => {
    const plain = await get("/assets/site.0123456789.css");
    expect(plain.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const zipped = await get("/assets/site.0123456789.css", { headers: { "accept-encoding": "gzip, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
  });

  it("answers HEAD with the headers and no body", async () => {
    const answer = await get("/", { method: "HEAD" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-length"]).toBe(String("<h1>home</h1>".length));
    expect(answer.body.length).toBe(0);
  });

  it("refuses other methods, naming the ones it accepts", async () => {
    const answer = await get("/", { method: "POST" });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe("GET, HEAD");
    expect(answer.body.toString()).toContain("expected GET or HEAD");
  });

  it("answers 404 for a missing file and never serves a file outside its root", async () => {
    expect((await get("/nope.html")).status).toBe(404);
    const name = `${root.split("/").pop()}-secret.txt`;
    for (const path of [`/../${name}`, `/%2e%2e/${name}`, `/premiums/..%2f..%2f${name}`]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString()).not.toContain("outside the root");
    }
  });

  it("rejects malformed percent-encoding with 400", async () => {
    const answer = await get("/%E0%A4%A");
    expect(answer.status).toBe(400);
    expect(answer.body.toString()).toContain("percent-encoding");
  });
});
