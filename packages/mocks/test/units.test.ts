import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { jwtShapeError } from "../src/auth/security-check.js";
import { findProvider, mockedProviders, resolvePort } from "../src/registry.js";
import { firstInvalidUtf8, guardBody, jsonDepth } from "../src/request-guard.js";
import { essence, mediaRangeMatches } from "../src/spec/media-type.js";
import { type Operation, OperationMatcher } from "../src/spec/operations.js";

const op = (method: Operation["method"], path: string, extra: Partial<Operation> = {}): Operation => ({
  id: `${method} ${path}`,
  operationId: undefined,
  method,
  path,
  pointer: "#",
  tags: [],
  deprecated: false,
  parameters: [],
  requestBody: undefined,
  responses: {},
  security: [],
  provenance: undefined,
  provenanceReason: undefined,
  node: {},
  ...extra,
});

describe("resolvePort", () => {
  it("prefers the option, then the env var, then the fixed default", () => {
    const coanda = findProvider(mockedProviders(), "coanda");
    expect(resolvePort(coanda, 0, { COANDA_MOCK_PORT: "4600" })).toBe(0);
    expect(resolvePort(coanda, undefined, { COANDA_MOCK_PORT: "4600" })).toBe(4600);
    expect(resolvePort(coanda, undefined, {})).toBe(coanda.mockPort);
    expect(() => resolvePort(coanda, 70000)).toThrow(/port option.*found 70000/);
  });
});

describe("media types", () => {
  it("matches exact types, ranges and ignores parameters", () => {
    expect(essence("Application/JSON; charset=utf-8")).toBe("application/json");
    expect(mediaRangeMatches("text/*", "text/csv")).toBe(true);
    expect(mediaRangeMatches("*/*", "image/png")).toBe(true);
    expect(mediaRangeMatches("application/json", "application/problem+json")).toBe(false);
  });
});

describe("OperationMatcher", () => {
  it("prefers a literal segment over a template and decodes path parameters", () => {
    const matcher = new OperationMatcher([
      op("get", "/items/{id}"),
      op("get", "/items/latest"),
      op("put", "/items/{id}"),
    ]);
    expect(matcher.match("GET", "/items/latest")?.operation.path).toBe("/items/latest");
    expect(matcher.match("PUT", "/items/a%20b")?.pathParams).toEqual({ id: "a b" });
    expect(matcher.match("DELETE", "/items/1")).toBeUndefined();
  });
});

describe("body guard", () => {
  const json = {
    mediaType: "application/json",
    schema: undefined,
    schemaName: undefined,
    schemaPointer: "#",
    examples: [],
    node: {},
  };
  const withBody = op("post", "/x", {
    requestBody: { required: true, content: { "application/json": json }, pointer: "#" },
  });

  it("locates the first invalid UTF-8 byte", () => {
    expect(firstInvalidUtf8(Buffer.from("héllo"))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x28, 0xa1]))).toBe(2);
  });

  it("names the expected and found media types", () => {
    const verdict = guardBody(withBody, { "content-type": "application/xml" }, Buffer.from("<a/>"));
    expect(verdict).toMatchObject({
      ok: false,
      natural: 415,
      error: { message: "Expected Content-Type application/json (operation post /x), found application/xml" },
    });
  });

  it("accepts +json and parameters, and passes the parsed value on", () => {
    const verdict = guardBody(withBody, { "content-type": "application/json; charset=utf-8" }, Buffer.from('{"a":1}'));
    expect(verdict).toMatchObject({ ok: true, value: { a: 1 } });
  });
});

describe("jwtShapeError", () => {
  it("accepts header.payload.signature with JSON objects and explains anything else", () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    expect(jwtShapeError(`${part({ alg: "HS256" })}.${part({ sub: "x" })}.c2ln`)).toBeUndefined();
    expect(jwtShapeError("abc")).toBe("a token with 1 dot-separated part(s) instead of 3");
    expect(jwtShapeError(`${part({ alg: "HS256" })}.bm90LWpzb24.c2ln`)).toBe("a JWT payload that is not JSON");
  });
});

describe("shipped specs", () => {
  it("the build ships every registry provider laid out for discoverProviders", async () => {
    const { discoverProviders } = await import("../src/registry.js");
    const { existsSync } = await import("node:fs");
    const shipped = fileURLToPath(new URL("../dist/specs", import.meta.url));
    if (!existsSync(shipped)) return; // before the first build
    const ids = discoverProviders(shipped).map((provider) => provider.id);
    expect(ids).toEqual(mockedProviders().map((provider) => provider.id));
    for (const provider of discoverProviders(shipped)) expect(existsSync(provider.bundlePath)).toBe(true);
  });
});

describe("jsonDepth", () => {
  it("counts nesting in one pass, skipping brackets inside strings", () => {
    expect(jsonDepth('{"a":[1,{"b":"[[["}]}')).toBe(3);
    expect(jsonDepth("[".repeat(10_000) + "]".repeat(10_000))).toBe(10_000);
  });
});
