import { describe, expect, it } from "vitest";
import { HTTP_METHODS, loadModel, requiresCredentials, responseFor } from "../src/index.js";
import { fixtureDocument } from "./helpers/fixtures.js";

describe("operations", () => {
  const model = loadModel(fixtureDocument());

  it("lists every operation in document order with its id, method and pointer", () => {
    expect(model.operations.map((operation) => [operation.id, operation.method, operation.path])).toEqual([
      ["listPets", "get", "/pets"],
      ["createPet", "post", "/pets"],
      ["getPet", "get", "/pets/{pet_id}"],
      ["myPets", "get", "/pets/mine"],
      ["POST /token", "post", "/token"],
    ]);
    expect(model.operation("getPet").pointer).toBe("#/paths/~1pets~1{pet_id}/get");
    expect(model.operation("POST /token").operationId).toBeUndefined();
    expect(HTTP_METHODS).toContain("patch");
  });

  it("throws naming the known operation ids", () => {
    expect(() => model.operation("deletePet")).toThrow(
      'No operation "deletePet" in Pets: expected one of listPets, createPet, getPet, myPets, POST /token',
    );
  });

  it("merges path-level parameters, the operation's own winning, refs resolved", () => {
    const list = model.operation("listPets");
    expect(list.summary).toBe("List pets");
    expect(list.tags).toEqual(["pets"]);
    expect(list.parameters.map((parameter) => [parameter.in, parameter.name, parameter.required])).toEqual([
      ["header", "x-trace-id", true],
      ["query", "limit", false],
      ["query", "tags", false],
    ]);
    expect(list.parameters[0]?.description).toBe("overrides the path-level one");
    expect(list.parameters[1]?.examples).toEqual([{ name: "example", value: 10 }]);
    const pet = model.operation("getPet").parameters[0];
    expect(pet).toMatchObject({ name: "pet_id", in: "path", required: true, schema: { type: "integer" } });
    expect(pet?.schemaPointer).toBe("#/paths/~1pets~1{pet_id}/parameters/0/schema");
  });

  it("resolves request bodies and responses with their schemas and examples", () => {
    const create = model.operation("createPet");
    expect(create.requestBody?.required).toBe(true);
    expect(create.requestBody?.pointer).toBe("#/components/requestBodies/NewPet");
    expect(create.requestBody?.content["application/json"]).toMatchObject({
      schemaName: "NewPet",
      schemaPointer: "#/components/requestBodies/NewPet/content/application~1json/schema",
      examples: [{ name: "example", value: { name: "Rex" } }],
    });
    const list = model.operation("listPets");
    expect(Object.keys(list.responses)).toEqual(["200", "4XX"]);
    expect(list.responses["200"]?.headers["X-Total"]).toEqual({ schema: { type: "integer" } });
    expect(list.responses["200"]?.content["application/json"]?.examples[0]).toMatchObject({
      name: "two",
      summary: "Two pets",
    });
    expect(list.responses["4XX"]).toMatchObject({ componentName: "Problem", description: "An error" });
  });

  it("finds the documented response for a status: exact, range, then default", () => {
    expect(responseFor(model.operation("listPets"), 200)?.status).toBe("200");
    expect(responseFor(model.operation("listPets"), 404)?.status).toBe("4XX");
    expect(responseFor(model.operation("listPets"), 500)).toBeUndefined();
    expect(responseFor(model.operation("createPet"), 500)?.status).toBe("default");
  });

  it("computes the effective security", () => {
    expect(model.operation("listPets").security).toEqual([{ basic: [] }]);
    expect(requiresCredentials(model.operation("listPets"))).toBe(true);
    expect(model.operation("getPet").security).toEqual([{}, { basic: [] }]);
    expect(requiresCredentials(model.operation("getPet"))).toBe(false);
  });

  it("reads x-provenance and its reason", () => {
    expect(model.operation("listPets")).toMatchObject({ provenance: "documented", provenanceReason: undefined });
    expect(model.operation("createPet")).toMatchObject({
      provenance: "inferred",
      provenanceReason: "Our reading: the page shows the body, not the status.",
    });
    expect(model.operation("getPet").provenance).toBeUndefined();
  });

  it("matches request paths, literal segments winning over templates", () => {
    expect(model.match("GET", "/pets/mine")?.operation.id).toBe("myPets");
    expect(model.match("get", "/pets/42")).toMatchObject({ operation: { id: "getPet" }, pathParams: { pet_id: "42" } });
    expect(model.match("GET", "/pets/%ZZ")?.pathParams).toEqual({ pet_id: "%ZZ" });
    expect(model.match("DELETE", "/pets/42")).toBeUndefined();
  });

  it("exposes the named schemas and resolves nodes", () => {
    expect(Object.keys(model.schemas)).toEqual(["Pet", "NewPet", "Problem"]);
    expect(model.resolve({ $ref: "#/components/schemas/Pet" })).toBe(model.schemas.Pet);
    expect(model.at("#/components/schemas/Problem")).toBe(model.schemas.Problem);
  });

  it("caches the model per document object", () => {
    const document = fixtureDocument();
    expect(loadModel(document)).toBe(loadModel(document));
  });
});
