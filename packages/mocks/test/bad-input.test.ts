import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentialsFor } from "../src/contract/credentials.js";
import { type ExampleRequest, exampleRequests } from "../src/contract/examples.js";
import type { HttpResult } from "../src/contract/http-client.js";
import { sendExample } from "../src/contract/replay.js";
import { PROVIDERS, type Provider } from "../src/providers.js";
import { loadDocument } from "../src/spec/document.js";
import { isJsonMediaType } from "../src/spec/media-type.js";
import { listOperations } from "../src/spec/operations.js";
import { specPath } from "../src/spec-path.js";
import { type RunningMocks, startMocks } from "../src/start-mocks.js";

const MiB = 1024 * 1024;

/** Each kind of bad input, as raw bytes + headers to put on a documented JSON example. */
const BAD_INPUTS: {
  name: string;
  status: number;
  headers?: Record<string, string | undefined>;
  raw: Buffer;
  mentions: RegExp;
}[] = [
  { name: "malformed JSON", status: 400, raw: Buffer.from('{"a": '), mentions: /JSON/ },
  { name: "trailing comma", status: 400, raw: Buffer.from('{"a": 1,}'), mentions: /JSON/ },
  {
    name: "a wrong Content-Type",
    status: 415,
    headers: { "content-type": "text/plain" },
    raw: Buffer.from("{}"),
    mentions: /application\/json.*text\/plain/,
  },
  {
    name: "no Content-Type",
    status: 415,
    headers: { "content-type": undefined },
    raw: Buffer.from("{}"),
    mentions: /found none/,
  },
  { name: "an empty body", status: 400, raw: Buffer.alloc(0), mentions: /empty body/ },
  {
    name: "an oversized body (2 MiB)",
    status: 413,
    raw: Buffer.from(JSON.stringify({ padding: "x".repeat(2 * MiB) })),
    mentions: /at most 1048576 bytes/,
  },
  {
    name: "invalid UTF-8",
    status: 400,
    raw: Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
    mentions: /UTF-8.*byte 6/,
  },
];

/** The first operation of a provider whose required request body is JSON: where bad bodies matter most. */
function jsonBodyExample(provider: Provider): ExampleRequest | undefined {
  const document = loadDocument(specPath(provider));
  const operation = listOperations(document).find(
    (candidate) => candidate.requestBody?.required && Object.keys(candidate.requestBody.content).some(isJsonMediaType),
  );
  return operation === undefined ? undefined : exampleRequests(document, operation)[0];
}

function expectProblem(result: HttpResult, status: number, mentions: RegExp): void {
  expect(result.status, result.text).toBe(status);
  expect(result.mediaType).toBe("application/problem+json");
  const problem = result.json as Record<string, unknown>;
  expect(Object.keys(problem)).toEqual(expect.arrayContaining(["type", "title", "status", "detail"]));
  expect(problem.status).toBe(status);
  expect(String(problem.detail)).toMatch(mentions);
}

/** Writes raw bytes on a fresh TCP connection and returns whatever comes back before the server closes or 3 s pass. */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
    socket.on("end", () => done(answer));
    socket.on("error", fail);
    socket.setTimeout(3000, () => {
      socket.destroy();
      done(answer);
    });
  });
}

describe("bad input at the mocks", () => {
  let mocks: RunningMocks;
  beforeAll(async () => {
    mocks = await startMocks({ ports: { premiums: 0, coanda: 0, seyna: 0 } });
  }, 120_000);
  afterAll(async () => {
    await mocks?.stop();
  });

  it("answers a request that is not valid HTTP with a 400 problem, not a reset", async () => {
    const answer = await rawExchange(
      mocks.urls.seyna,
      "GET /portfolios HTTP/1.1\r\nHost: x\r\nthis is not a header\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("application/problem+json");
    expect(answer).toContain('"title":"Malformed HTTP request"');
  });

  for (const provider of PROVIDERS) {
    const document = loadDocument(specPath(provider));
    const get = listOperations(document).find((operation) => operation.method === "get");
    if (get === undefined) continue;
    it(`${provider}: a malformed JSON body on a GET (${get.id}) gets a 400, not a hang`, async () => {
      const example = exampleRequests(document, get)[0]!;
      const result = await sendExample(mocks.urls[provider], example, credentialsFor(document, get), {
        body: { raw: Buffer.from("{oops") },
        headers: { "content-type": "application/json" },
      });
      expectProblem(result, 400, /JSON/);
    });
  }

  for (const provider of PROVIDERS) {
    const example = jsonBodyExample(provider);
    if (example === undefined) continue;
    const document = loadDocument(specPath(provider));
    const credential = credentialsFor(document, example.operation);

    describe(`${provider} ${example.operation.id}`, () => {
      for (const bad of BAD_INPUTS) {
        it(`answers ${bad.name} with a ${bad.status} problem, then keeps serving`, async () => {
          const result = await sendExample(mocks.urls[provider], example, credential, {
            body: { raw: bad.raw },
            headers: bad.headers ?? {},
          });
          expectProblem(result, bad.status, bad.mentions);
          const after = await sendExample(mocks.urls[provider], example, credential);
          expect(after.status, after.text).toBeGreaterThanOrEqual(200);
          expect(after.status, after.text).toBeLessThan(300);
        });
      }

      it("accepts a JSON body that starts with a byte-order mark", async () => {
        const json = Buffer.from(JSON.stringify(example.body!.value));
        const result = await sendExample(mocks.urls[provider], example, credential, {
          body: { raw: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]) },
        });
        expect(result.status, result.text).toBeLessThan(300);
      });

      it("answers a body announced larger than the limit with 413 without reading it all", async () => {
        const result = await new Promise<{ status: number; body: string }>((done, fail) => {
          const url = new URL(mocks.urls[provider] + example.operation.path.replace(/\{[^}]+\}/g, "x"));
          const req = request(
            url,
            {
              method: example.operation.method.toUpperCase(),
              headers: {
                ...credential?.headers,
                "content-type": "application/json",
                "content-length": String(5 * MiB),
              },
            },
            (res) => {
              let body = "";
              res.on("data", (chunk: Buffer) => (body += chunk.toString()));
              res.on("end", () => done({ status: res.statusCode ?? 0, body }));
            },
          );
          req.on("error", fail);
          // Send the whole announced body in chunks, as a real client would.
          const chunk = Buffer.alloc(256 * 1024, 0x20);
          for (let sent = 0; sent < 5 * MiB; sent += chunk.length) req.write(chunk);
          req.end();
        });
        expect(result.status).toBe(413);
        expect(JSON.parse(result.body)).toMatchObject({ status: 413, title: "Request body too large" });
      });

      it("keeps serving after a client drops the connection mid-body", async () => {
        await new Promise<void>((done) => {
          const url = new URL(mocks.urls[provider] + example.operation.path.replace(/\{[^}]+\}/g, "x"));
          const req = request(url, {
            method: "PUT",
            headers: { "content-type": "application/json", "content-length": "1000" },
          });
          req.on("error", () => done());
          req.write('{"half": ');
          setTimeout(() => {
            req.destroy();
            done();
          }, 50);
        });
        const after = await sendExample(mocks.urls[provider], example, credential);
        expect(after.status, after.text).toBeLessThan(300);
      });
    });
  }
});
