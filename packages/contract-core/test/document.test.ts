import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deref, follow, pointerTo, readBundle, refName, resolvePointer } from "../src/index.js";
import { fixtureDocument } from "./helpers/fixtures.js";

describe("JSON pointers and $refs", () => {
  const document = fixtureDocument();

  it("resolves escaped segments", () => {
    expect(resolvePointer(document, "#/paths/~1pets~1{pet_id}/get/operationId")).toBe("getPet");
    expect(pointerTo("#/paths", "/pets/{pet_id}", "get")).toBe("#/paths/~1pets~1{pet_id}/get");
  });

  it("follows a chain of refs and says where it ended", () => {
    const resolved = follow(document, { $ref: "#/components/parameters/TraceId" }, "#/paths/~1pets/parameters/0");
    expect(resolved).toEqual({
      node: document.components?.parameters && (document.components.parameters as Record<string, unknown>).TraceId,
      pointer: "#/components/parameters/TraceId",
      ref: "#/components/parameters/TraceId",
    });
    expect(follow(document, { a: 1 }, "#/x")).toEqual({ node: { a: 1 }, pointer: "#/x", ref: undefined });
    expect(refName("#/components/schemas/Pet")).toBe("Pet");
  });

  it("throws on a ref cycle instead of looping", () => {
    expect(() => deref(document, { $ref: "#/components/responses/Loop" })).toThrow(
      "$ref cycle at #/components/responses/Loop: expected a chain of refs ending in an object",
    );
  });

  it("names the missing segment and refuses remote refs", () => {
    expect(() => resolvePointer(document, "#/components/schemas/Cat")).toThrow(
      '$ref "#/components/schemas/Cat": expected a node at "Cat", found nothing',
    );
    expect(() => resolvePointer(document, "other.yaml#/Pet")).toThrow(/expected a local ref/);
  });

  it("reads a bundle and explains a missing or broken one", () => {
    const dir = mkdtempSync(join(tmpdir(), "contract-core-doc-"));
    expect(() => readBundle(join(dir, "missing.json"))).toThrow(/found no file \(run the spec's bundle task first\)/);
    writeFileSync(join(dir, "broken.json"), "{");
    expect(() => readBundle(join(dir, "broken.json"))).toThrow(/expected a JSON OpenAPI bundle, found invalid JSON/);
    writeFileSync(join(dir, "swagger.json"), JSON.stringify({ swagger: "2.0", info: { title: "a", version: "1" } }));
    expect(() => readBundle(join(dir, "swagger.json"))).toThrow('openapi: expected "3.x", found undefined');
  });
});
