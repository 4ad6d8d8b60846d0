import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../src/free-port.js";
import { type PrismProcess, startPrism } from "../src/prism-process.js";
import { type RunningMock, startMock } from "../src/start-mock.js";

const FIXTURE = fileURLToPath(new URL("./fixtures/pets.json", import.meta.url));

interface Answer {
  status: number | "no answer";
  body: string;
}

/** Sends raw bytes and waits at most `waitMs` for an answer: a hang is a result here, not an error. */
function probe(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer | string },
  waitMs = 3000,
): Promise<Answer> {
  return new Promise((done) => {
    const req = request(base + path, { method: init.method ?? "POST", headers: init.headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => done({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(waitMs, () => {
      req.destroy();
      done({ status: "no answer", body: "" });
    });
    req.on("error", (error) => done({ status: "no answer", body: error.message }));
    req.end(init.body);
  });
}

const JSON_HEADERS = { "content-type": "application/json" };
const JWT = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"sub":"x"}').toString("base64url")}.sig`;
const basic = (pair: string) => `Basic ${Buffer.from(pair).toString("base64")}`;

/**
 * What bare Prism 5.16 does with bad input, side by side with our mock (front proxy + Prism).
 * The "Prism" column pins today's behaviour: if an upgrade fixes one, its test fails and tells us
 * which workaround in src/request-guard.ts, src/request-validator.ts or src/security-guard.ts to drop.
 */
describe("Prism 5.16 alone vs our mock, on bad input", () => {
  let prism: PrismProcess;
  let mock: RunningMock;
  beforeAll(async () => {
    [prism, mock] = await Promise.all([
      startPrism({ mode: "mock", spec: FIXTURE, host: "127.0.0.1", port: await freePort() }),
      startMock("premiums", { port: 0, specPath: FIXTURE }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([prism?.stop(), mock?.stop()]);
  });

  const cases: {
    name: string;
    path?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    prism: number | "no answer";
    ours: number;
  }[] = [
    { name: "malformed JSON", headers: JSON_HEADERS, body: '{"name": ', prism: "no answer", ours: 400 },
    {
      name: "invalid UTF-8",
      headers: JSON_HEADERS,
      body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff]), Buffer.from('"}')]),
      prism: 201,
      ours: 400,
    },
    {
      name: "an oversized body (2 MiB)",
      headers: JSON_HEADERS,
      body: JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) }),
      prism: 201,
      ours: 413,
    },
    {
      name: "a wrong Content-Type (Prism: the canned 422)",
      headers: { "content-type": "text/plain" },
      body: '{"name":"a"}',
      prism: 422,
      ours: 415,
    },
    { name: "no Content-Type", headers: {}, body: '{"name":"a"}', prism: 422, ours: 415 },
    { name: "an empty body", headers: JSON_HEADERS, body: "", prism: 422, ours: 400 },
    {
      name: "a non-JWT bearer where a JWT is required",
      path: "/jwt",
      method: "GET",
      headers: { authorization: "Bearer not-a-jwt" },
      prism: 200,
      ours: 401,
    },
    {
      name: "a JWT bearer",
      path: "/jwt",
      method: "GET",
      headers: { authorization: `Bearer ${JWT}` },
      prism: 200,
      ours: 200,
    },
    {
      name: "a Basic password containing ':' (valid per RFC 7617)",
      path: "/basic",
      method: "GET",
      headers: { authorization: basic("id:se:cret") },
      prism: 401,
      ours: 200,
    },
    {
      name: "a Basic credential without a colon",
      path: "/basic",
      method: "GET",
      headers: { authorization: basic("nocolon") },
      prism: 401,
      ours: 401,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name}: Prism ${testCase.prism}, our mock ${testCase.ours}`, async () => {
      const init = { method: testCase.method, headers: testCase.headers, body: testCase.body };
      const [bare, ours] = await Promise.all([
        probe(prism.url, testCase.path ?? "/pets", init),
        probe(mock.url, testCase.path ?? "/pets", init),
      ]);
      expect(bare.status, `Prism: ${bare.body.slice(0, 200)}`).toBe(testCase.prism);
      expect(ours.status, `our mock: ${ours.body.slice(0, 200)}`).toBe(testCase.ours);
    });
  }

  it("a missing required field: Prism answers the spec's canned 422 example, our mock names the field", async () => {
    const init = { headers: JSON_HEADERS, body: '{"age": 3}' };
    const [bare, ours] = await Promise.all([probe(prism.url, "/pets", init), probe(mock.url, "/pets", init)]);
    expect(bare.status).toBe(422);
    expect(JSON.parse(bare.body)).toEqual({ message: "age must be a positive integer" });
    expect(ours.status).toBe(422);
    expect(JSON.parse(ours.body)).toMatchObject({
      status: 422,
      title: "Invalid request",
      errors: [{ path: "body.name", message: "is required but missing" }],
    });
  });
});
