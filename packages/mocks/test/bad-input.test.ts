import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentialsFor } from "../src/contract/credentials.js";
import { type ExampleRequest, exampleRequests } from "../src/contract/examples.js";
import type { HttpResult } from "../src/contract/http-client.js";
import { sendExample } from "../src/contract/replay.js";
import { SchemaValidator } from "../src/contract/schema-validator.js";
import { loadDocument } from "../src/spec/document.js";
import { isJsonMediaType } from "../src/spec/media-type.js";
import { listOperations } from "../src/spec/operations.js";
import { type RunningMocks, startMocks } from "../src/start-mocks.js";
import { expectProviderError } from "./helpers/provider-error.js";
import { bundleOf, PROVIDER_IDS } from "./helpers/providers.js";

const MiB = 1024 * 1024;

/** Each kind of bad input, as raw bytes + headers to put on a documented JSON example. */
const BAD_INPUTS: {
  name: string;
  headers?: Record<string, string | undefined>;
  raw: Buffer;
  mentions: RegExp;
}[] = [
  { name: "malformed JSON", raw: Buffer.from('{"a": '), mentions: /JSON/ },
  { name: "trailing comma", raw: Buffer.from('{"a": 1,}'), mentions: /JSON/ },
  {
    name: "a wrong Content-Type",
    headers: { "content-type": "text/plain" },
    raw: Buffer.from("{}"),
    mentions: /application\/json.*text\/plain/,
  },
  { name: "no Content-Type", headers: { "content-type": undefined }, raw: Buffer.from("{}"), mentions: /found none/ },
  {
    name: "Content-Type: application/json;;",
    headers: { "content-type": "application/json;;" },
    raw: Buffer.from('{"a": '),
    mentions: /JSON/,
  },
  { name: "an empty body", raw: Buffer.alloc(0), mentions: /empty body/ },
  {
    name: "JSON nested 10,000 deep",
    raw: Buffer.from("[".repeat(10_000) + "]".repeat(10_000)),
    mentions: /nested at most 256 levels deep, found 10000/,
  },
  {
    name: "an oversized body (2 MiB)",
    raw: Buffer.from(JSON.stringify({ padding: "x".repeat(2 * MiB) })),
    mentions: /at most 1048576 bytes/,
  },
  {
    name: "invalid UTF-8",
    raw: Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
    mentions: /UTF-8.*byte 6/,
  },
];

/** The first operation of a provider whose required request body is JSON: where bad bodies matter most. */
function jsonBodyExample(provider: string): ExampleRequest | undefined {
  const document = loadDocument(bundleOf(provider));
  const operation = listOperations(document).find(
    (candidate) => candidate.requestBody?.required && Object.keys(candidate.requestBody.content).some(isJsonMediaType),
  );
  return operation === undefined ? undefined : exampleRequests(document, operation)[0];
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
    mocks = await startMocks({ ports: Object.fromEntries(PROVIDER_IDS.map((id) => [id, 0])) });
  }, 120_000);
  afterAll(async () => {
    await mocks?.stop();
  });
  const url = (provider: string) => mocks.urls[provider]!;

  it("answers a request that is not valid HTTP with a documented 400 in the provider's shape, not a reset", async () => {
    const answer = await rawExchange(
      url("seyna"),
      "GET /portfolios HTTP/1.1\r\nHost: x\r\nthis is not a header\r\n\r\n",
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"object":"error"');
    expect(answer).toContain("does not parse");
  });

  for (const provider of PROVIDER_IDS) {
    const document = loadDocument(bundleOf(provider));
    const operations = listOperations(document);
    const validator = new SchemaValidator(document);
    const get = operations.find((operation) => operation.method === "get");
    const withPathParameter = operations.find((operation) => /\{[^}]+\}/.test(operation.path));

    it(`${provider}: GET // and an unknown path get the documented 404 in the provider's shape`, async () => {
      for (const path of ["//", "/__nowhere__"]) {
        const answer = await fetch(`${url(provider)}${path}`);
        const result = {
          status: answer.status,
          mediaType: answer.headers.get("content-type") ?? undefined,
          text: await answer.text(),
        } as HttpResult;
        result.json = JSON.parse(result.text);
        expectProviderError(validator, operations, undefined, result, [404, 404], `GET ${path}`);
      }
    });

    if (withPathParameter !== undefined) {
      it(`${provider}: a bad percent-escape in a path parameter (${withPathParameter.id}) gets a documented 4xx, then the mock keeps serving`, async () => {
        const example = exampleRequests(document, withPathParameter)[0]!;
        const credential = credentialsFor(document, withPathParameter);
        const path = withPathParameter.path
          .replace(/\{[^}]+\}/, "%ZZ")
          .replace(/\{([^}]+)\}/g, (_, name: string) => example.pathParams[name] ?? "x");
        const result = await sendExample(url(provider), example, credential, { path });
        expectProviderError(validator, operations, withPathParameter, result, [400, 499], "%ZZ");
        expect(result.text).toContain("percent-encoded");
        const after = await sendExample(url(provider), example, credential);
        expect(after.status, after.text).toBeLessThan(300);
      });
    }

    if (get === undefined) continue;
    it(`${provider}: a malformed JSON body on a GET (${get.id}) gets a 400, not a hang`, async () => {
      const example = exampleRequests(document, get)[0]!;
      const result = await sendExample(url(provider), example, credentialsFor(document, get), {
        body: { raw: Buffer.from("{oops") },
        headers: { "content-type": "application/json" },
      });
      expectProviderError(validator, operations, get, result, [400, 499], "malformed JSON on a GET");
      expect(result.text).toMatch(/JSON/);
    });
  }

  it("answers an RFC 7807 problem only when the client asks for one", async () => {
    const answer = await fetch(`${url("seyna")}/portfolios`, { headers: { accept: "application/problem+json" } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(await answer.json()).toMatchObject({ status: 401, type: "urn:partner-apis:problem:unauthorized" });
  });

  for (const provider of PROVIDER_IDS) {
    const example = jsonBodyExample(provider);
    if (example === undefined) continue;
    const document = loadDocument(bundleOf(provider));
    const operations = listOperations(document);
    const validator = new SchemaValidator(document);
    const credential = credentialsFor(document, example.operation);

    describe(`${provider} ${example.operation.id}`, () => {
      for (const bad of BAD_INPUTS) {
        it(`answers ${bad.name} with a documented 4xx in the provider's shape, then keeps serving`, async () => {
          const result = await sendExample(url(provider), example, credential, {
            body: { raw: bad.raw },
            headers: bad.headers ?? {},
          });
          expectProviderError(validator, operations, example.operation, result, [400, 499], bad.name);
          expect(result.text).toMatch(bad.mentions);
          const after = await sendExample(url(provider), example, credential);
          expect(after.status, after.text).toBeGreaterThanOrEqual(200);
          expect(after.status, after.text).toBeLessThan(300);
        });
      }

      it("accepts a JSON body that starts with a byte-order mark", async () => {
        const json = Buffer.from(JSON.stringify(example.body!.value));
        const result = await sendExample(url(provider), example, credential, {
          body: { raw: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]) },
        });
        expect(result.status, result.text).toBeLessThan(300);
      });

      it("answers a body announced larger than the limit with a documented 4xx", async () => {
        const result = await new Promise<{ status: number; body: string }>((done, fail) => {
          const target = new URL(url(provider) + example.operation.path.replace(/\{[^}]+\}/g, "x"));
          const req = request(
            target,
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
          const chunk = Buffer.alloc(256 * 1024, 0x20);
          for (let sent = 0; sent < 5 * MiB; sent += chunk.length) req.write(chunk);
          req.end();
        });
        expect(example.operation.responses[String(result.status)], result.body).toBeDefined();
        expect(result.status).toBeGreaterThanOrEqual(400);
        expect(result.body).toMatch(/at most 1048576 bytes/);
      });

      it("keeps serving after a client drops the connection mid-body", async () => {
        await new Promise<void>((done) => {
          const target = new URL(url(provider) + example.operation.path.replace(/\{[^}]+\}/g, "x"));
          const req = request(target, {
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
        const after = await sendExample(url(provider), example, credential);
        expect(after.status, after.text).toBeLessThan(300);
      });
    });
  }
});
