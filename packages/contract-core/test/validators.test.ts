import { describe, expect, it } from "vitest";
import { loadModel } from "../src/index.js";
import { fixtureDocument } from "./helpers/fixtures.js";

describe("validators", () => {
  const model = loadModel(fixtureDocument());

  it("validates a value against a named schema, with field paths (recursive $refs included)", () => {
    const pet = model.validator("#/components/schemas/Pet");
    expect(pet({ id: 1, name: "Rex", parent: { id: 2, name: "Tom" } })).toEqual([]);
    expect(pet({ id: 2 ** 31, name: "", parent: { name: "Tom" } }, "pet")).toEqual([
      { path: "pet.id", message: 'must match format "int32", found 2147483648' },
      { path: "pet.name", message: 'must NOT have fewer than 1 characters, found ""' },
      { path: "pet.parent.id", message: "is required but missing" },
    ]);
    expect(model.validator(model.schemas.Pet!)).toBe(model.validator(model.schemas.Pet!));
    expect(model.validator("#/components/schemas/Pet")).toBe(pet);
  });

  it("validates a request's parameters, coercing their wire strings", () => {
    const list = model.operation("listPets");
    expect(
      model.validateRequest(list, {
        query: new URLSearchParams("limit=10&tags=a&tags=b"),
        headers: { "X-Trace-Id": "abc" },
      }),
    ).toEqual([]);
    expect(model.validateRequest(list, { query: { limit: "1000" }, headers: { "x-trace-id": "a" } })).toEqual([
      { path: "header.x-trace-id", message: 'must NOT have fewer than 3 characters, found "a"' },
      { path: "query.limit", message: "must be <= 100, found 1000" },
    ]);
    expect(model.validateRequest(list, { query: { limit: "ten" } })).toEqual([
      { path: "header.x-trace-id", message: "is required but missing" },
      { path: "query.limit", message: 'expected type integer, found string "ten"' },
    ]);
    expect(model.validateRequest(model.operation("getPet"), { pathParams: { pet_id: "x" } })).toEqual([
      { path: "path.pet_id", message: 'expected type integer, found string "x"' },
    ]);
  });

  it("validates a request body by its media type", () => {
    const create = model.operation("createPet");
    expect(model.validateRequest(create, { body: { name: "Rex" }, mediaType: "application/json" })).toEqual([]);
    expect(
      model.validateRequest(create, { body: { name: 1, kind: "fish", age: 3 }, mediaType: "application/json" }),
    ).toEqual([
      { path: "body.age", message: "is not allowed (additionalProperties: false)" },
      { path: "body.name", message: "expected type string, found number 1" },
      { path: "body.kind", message: 'expected one of ["cat","dog"], found "fish"' },
    ]);
    expect(model.validateRequest(create, {})).toEqual([{ path: "body", message: "is required but missing" }]);
    expect(model.validateRequest(create, { body: "name=Rex", mediaType: "text/plain" })).toEqual([
      { path: "headers.content-type", message: "expected application/json, found text/plain" },
    ]);
    const token = model.operation("POST /token");
    const form = "application/x-www-form-urlencoded";
    expect(model.validateRequest(token, { body: "grant_type=client_credentials&ttl=60", mediaType: form })).toEqual([]);
    expect(model.validateRequest(token, { body: "grant_type=password&ttl=x", mediaType: form })).toEqual([
      { path: "body.grant_type", message: 'expected "client_credentials", found "password"' },
      { path: "body.ttl", message: 'expected type integer, found string "x"' },
    ]);
  });

  it("validates a response's status, content type and body", () => {
    const list = model.operation("listPets");
    expect(
      model.validateResponse(list, { status: 200, mediaType: "application/json", body: [{ id: 1, name: "a" }] }),
    ).toEqual([]);
    expect(
      model.validateResponse(list, { status: 200, mediaType: "application/json", body: [{ id: "1", name: "a" }] }),
    ).toEqual([{ path: "body[0].id", message: 'expected type integer, found string "1"' }]);
    expect(model.validateResponse(list, { status: 500, mediaType: "application/json", body: {} })).toEqual([
      { path: "status", message: "expected one of 200, 4XX, found 500" },
    ]);
    expect(model.validateResponse(list, { status: 404, mediaType: "application/problem+json", body: {} })).toEqual([
      { path: "body.title", message: "is required but missing" },
    ]);
    expect(model.validateResponse(list, { status: 200, mediaType: "text/html", body: "<p>" })).toEqual([
      { path: "headers.content-type", message: "expected application/json, found text/html" },
    ]);
    expect(model.validateResponse(list, { status: 200 })).toEqual([
      { path: "body", message: "expected a application/json body, found an empty body" },
    ]);
    expect(model.validateResponse(list, { status: 200, mediaType: "application/json", body: "oops" })).toEqual([
      { path: "body", message: 'expected JSON, found "oops"' },
    ]);
    expect(model.validateResponse(model.operation("getPet"), { status: 204 })).toEqual([]);
    expect(
      model.validateResponse(model.operation("myPets"), {
        status: 200,
        mediaType: "text/plain; charset=utf-8",
        body: "hi",
      }),
    ).toEqual([]);
  });
});
