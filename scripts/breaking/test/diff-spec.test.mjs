import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffSpecs } from "../diff-spec.mjs";

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
const released = fixture("released");

/** The released fixture with `edit` applied to a deep copy. */
function edited(edit) {
  const doc = structuredClone(released);
  edit(doc);
  return doc;
}

const rules = (changes) => [...new Set(changes.map((change) => change.rule))].sort();
const schemas = (doc) => doc.components.schemas;
const seancesGet = (doc) => doc.paths["/seances"].get;

describe("diffSpecs on the fixtures", () => {
  it("finds nothing between a contract and itself", () => {
    expect(diffSpecs(released, structuredClone(released))).toEqual({ breaking: [], compatible: [] });
  });

  it("passes the deliberately compatible change and lists what it adds", () => {
    const { breaking, compatible } = diffSpecs(released, fixture("compatible"));
    expect(breaking).toEqual([]);
    expect(rules(compatible)).toEqual([
      "operation-added",
      "request-enum-value-added",
      "request-parameter-added",
      "request-property-added",
      "request-type-widened",
      "response-property-added",
      "response-status-added",
      "response-type-narrowed",
      "schema-added",
    ]);
  });

  it("reports every change of the deliberately breaking change, by rule and field", () => {
    const { breaking } = diffSpecs(released, fixture("breaking"));
    expect(rules(breaking)).toEqual([
      "operation-removed",
      "request-constraint-tightened",
      "request-enum-value-removed",
      "request-property-became-required",
      "request-required-parameter-added",
      "response-enum-value-added",
      "response-property-became-optional",
      "response-property-removed",
      "response-status-removed",
      "response-type-changed",
    ]);
    expect(breaking).toContainEqual(
      expect.objectContaining({
        rule: "request-enum-value-removed",
        where: "POST /seances › request body (application/json) › kind",
        schema: "SeanceInput.kind",
        message: expect.stringContaining('no longer accepts "remote"'),
      }),
    );
    expect(breaking).toContainEqual(
      expect.objectContaining({
        rule: "response-type-changed",
        where: "GET /seances › 200 response (application/json) › data[].price",
        message: "may now be string, which the released contract never returned (released integer, now string)",
      }),
    );
  });
});

describe("operations and paths", () => {
  it("reports a removed method and a removed path", () => {
    const { breaking } = diffSpecs(
      released,
      edited((doc) => delete doc.paths["/status"]),
    );
    expect(breaking).toEqual([expect.objectContaining({ rule: "operation-removed", where: "GET /status" })]);
  });

  it("reports a renamed path parameter once, as a path change, not as a removal plus an addition", () => {
    const next = edited((doc) => {
      const item = doc.paths["/seances/{seance_id}"];
      item.parameters[0].name = "id";
      doc.paths["/seances/{id}"] = item;
      delete doc.paths["/seances/{seance_id}"];
    });
    const { breaking, compatible } = diffSpecs(released, next);
    expect(rules(breaking)).toEqual(["path-parameter-renamed"]);
    expect(breaking[0].message).toContain("/seances/{id}");
    expect(compatible).toEqual([]);
  });

  it("reports a changed operationId, which renames the generated operations type", () => {
    const { breaking } = diffSpecs(
      released,
      edited((doc) => (seancesGet(doc).operationId = "getSeances")),
    );
    expect(breaking).toEqual([expect.objectContaining({ rule: "operation-id-changed", where: "GET /seances" })]);
  });

  it("reports a removed component schema, which the package exports as a type", () => {
    const next = edited((doc) => {
      doc.components.schemas.Error = {
        type: "object",
        required: ["message"],
        properties: { message: { type: "string" } },
      };
      delete doc.components.schemas.TraineeRef;
      doc.components.schemas.SeanceInput.properties.trainee = { $ref: "#/components/schemas/Trainee" };
    });
    const { breaking } = diffSpecs(released, next);
    expect(breaking.map((change) => change.where)).toContain("components.schemas.TraineeRef");
  });
});

describe("parameters", () => {
  it("breaks on an optional parameter made required, a removed one and a changed serialization", () => {
    const next = edited((doc) => {
      seancesGet(doc).parameters[0].required = true;
      seancesGet(doc).parameters[1].style = "deepObject";
      seancesGet(doc).parameters.push({ name: "q", in: "query", schema: { type: "string" } });
    });
    expect(rules(diffSpecs(released, next).breaking)).toEqual([
      "request-parameter-became-required",
      "request-parameter-serialization-changed",
    ]);
    const removed = edited((doc) => seancesGet(doc).parameters.splice(1, 1));
    expect(diffSpecs(released, removed).breaking).toEqual([
      expect.objectContaining({ rule: "request-parameter-removed", where: "GET /seances › query parameter limit" }),
    ]);
  });

  it("accepts a loosened limit and a widened type, breaks on a narrowed type", () => {
    const looser = edited(
      (doc) => (seancesGet(doc).parameters[1].schema = { type: "number", minimum: 0, maximum: 500 }),
    );
    expect(diffSpecs(released, looser).breaking).toEqual([]);
    const narrower = edited((doc) => (seancesGet(doc).parameters[1].schema = { type: "string" }));
    expect(diffSpecs(released, narrower).breaking).toEqual([
      expect.objectContaining({
        rule: "request-type-changed",
        message: "expected the new contract to accept integer as released (integer), found string",
      }),
    ]);
  });
});

describe("direction: what a request may do, a response may not", () => {
  it("a new enum value is compatible in a request and breaking in a response", () => {
    const next = edited((doc) => schemas(doc).SeanceStatus.enum.push("postponed"));
    const { breaking, compatible } = diffSpecs(released, next);
    // SeanceStatus is both a query parameter (request) and a field of Seance (response).
    expect(compatible).toContainEqual(
      expect.objectContaining({ rule: "request-enum-value-added", where: "GET /seances › query parameter status" }),
    );
    expect(rules(breaking)).toEqual(["response-enum-value-added"]);
    expect(breaking.every((change) => change.schema === "SeanceStatus")).toBe(true);
  });

  it("a removed enum value is breaking in a request and compatible in a response", () => {
    const next = edited((doc) => (schemas(doc).SeanceStatus.enum = ["planned", "done"]));
    const { breaking, compatible } = diffSpecs(released, next);
    expect(breaking).toEqual([
      expect.objectContaining({ rule: "request-enum-value-removed", where: "GET /seances › query parameter status" }),
    ]);
    expect(rules(compatible)).toEqual(["response-enum-value-removed"]);
  });

  it("making a field nullable is compatible in a request and breaking in a response", () => {
    const next = edited((doc) => {
      schemas(doc).SeanceInput.properties.room.type = ["string", "null"];
      schemas(doc).Seance.properties.starts_at.type = ["string", "null"];
    });
    const { breaking, compatible } = diffSpecs(released, next);
    expect(compatible).toContainEqual(
      expect.objectContaining({ rule: "request-type-widened", schema: "SeanceInput.room" }),
    );
    expect(rules(breaking)).toEqual(["response-type-changed"]);
    expect(breaking[0].message).toBe(
      "may now be null, which the released contract never returned (released string, now string | null)",
    );
  });

  it("integer to number widens a request and breaks a response", () => {
    const next = edited((doc) => (schemas(doc).Seance.properties.price.type = "number"));
    expect(rules(diffSpecs(released, next).breaking)).toEqual(["response-type-changed"]);
  });

  it("a required field: new in a request breaks, made optional in a response breaks, the reverses do not", () => {
    const requestRequired = edited((doc) => {
      schemas(doc).SeanceInput.properties.site = { type: "string" };
      schemas(doc).SeanceInput.required.push("site");
    });
    expect(rules(diffSpecs(released, requestRequired).breaking)).toEqual(["request-required-property-added"]);
    const requestOptional = edited((doc) => (schemas(doc).SeanceInput.required = []));
    expect(diffSpecs(released, requestOptional).breaking).toEqual([]);
    const responseRequired = edited((doc) => schemas(doc).Seance.required.push("room"));
    expect(diffSpecs(released, responseRequired).breaking).toEqual([]);
  });

  it("a removed property breaks both ways: typed callers send it and read it", () => {
    const next = edited((doc) => {
      delete schemas(doc).SeanceInput.properties.kind;
      delete schemas(doc).Trainee.properties.name;
    });
    const found = diffSpecs(released, next).breaking.map((change) => `${change.rule} ${change.schema}`);
    expect(new Set(found)).toEqual(
      new Set([
        "request-property-removed SeanceInput.kind",
        "request-property-removed Trainee.name",
        "response-property-removed Trainee.name",
      ]),
    );
  });

  it("a format added to a request field or removed from a response field breaks", () => {
    const next = edited((doc) => {
      schemas(doc).Trainee.properties.name.format = "uuid";
      delete schemas(doc).Seance.properties.starts_at.format;
    });
    expect(rules(diffSpecs(released, next).breaking)).toEqual(["request-format-changed", "response-format-changed"]);
  });

  it("closing a request object to extra properties breaks", () => {
    const next = edited((doc) => (schemas(doc).SeanceInput.additionalProperties = false));
    expect(rules(diffSpecs(released, next).breaking)).toEqual(["request-closed-to-additional-properties"]);
  });
});

describe("variants, bodies, responses, security", () => {
  it("a oneOf variant removed from a request breaks; one added to a request does not", () => {
    const removed = edited(
      (doc) => (schemas(doc).SeanceInput.properties.trainee = { oneOf: [{ $ref: "#/components/schemas/TraineeRef" }] }),
    );
    expect(diffSpecs(released, removed).breaking).toEqual([
      expect.objectContaining({
        rule: "request-variant-removed",
        message: expect.stringContaining("accepted a Trainee"),
      }),
    ]);
    const added = edited((doc) => schemas(doc).SeanceInput.properties.trainee.oneOf.push({ type: "string" }));
    expect(diffSpecs(released, added).breaking).toEqual([]);
  });

  it("spelling nullable as oneOf instead of a type list changes nothing, either way", () => {
    const asOneOf = edited((doc) => {
      schemas(doc).Seance.properties.room = { oneOf: [{ type: "string" }, { type: "null" }] };
      schemas(doc).SeanceInput.properties.room = { oneOf: [{ type: "string", maxLength: 64 }, { type: "null" }] };
    });
    expect(diffSpecs(released, asOneOf).breaking).toEqual([]);
    const back = structuredClone(released);
    schemas(back).SeanceInput.properties.room = { type: ["string", "null"], maxLength: 64 };
    expect(diffSpecs(asOneOf, back).breaking).toEqual([]);
  });

  it("a oneOf variant added to a response breaks", () => {
    const next = edited((doc) => {
      schemas(doc).Seance.properties.room = { oneOf: [{ type: "string" }, { type: "null" }, { type: "integer" }] };
    });
    expect(rules(diffSpecs(released, next).breaking)).toEqual(["response-variant-added"]);
  });

  it("a request body made required, a removed media type and a removed response status break", () => {
    const next = edited((doc) => {
      doc.paths["/seances/{seance_id}"].delete.requestBody = {
        required: true,
        content: { "application/json": { schema: { type: "object" } } },
      };
      doc.paths["/seances"].post.requestBody.content = {
        "application/xml": doc.paths["/seances"].post.requestBody.content["application/json"],
      };
      delete doc.paths["/seances/{seance_id}"].get.responses["404"];
    });
    expect(rules(diffSpecs(released, next).breaking)).toEqual([
      "request-body-added-required",
      "request-media-type-removed",
      "response-status-removed",
    ]);
  });

  it("requiring credentials on a public operation breaks; accepting another scheme does not", () => {
    const guarded = edited((doc) => delete doc.paths["/status"].get.security);
    expect(diffSpecs(released, guarded).breaking).toEqual([
      expect.objectContaining({ rule: "security-requirement-changed", where: "GET /status" }),
    ]);
    const alternative = edited((doc) => {
      doc.components.securitySchemes.basic = { type: "http", scheme: "basic" };
      doc.security = [{ bearer: [] }, { basic: [] }];
    });
    expect(diffSpecs(released, alternative).breaking).toEqual([]);
  });

  it("a security scheme changed in place breaks (callers send the wrong credential)", () => {
    const next = edited((doc) => (doc.components.securitySchemes.bearer = { type: "http", scheme: "basic" }));
    expect(rules(diffSpecs(released, next).breaking)).toEqual(["security-scheme-changed"]);
  });

  it("terminates on recursive schemas and still sees changes inside them", () => {
    const next = edited((doc) => (schemas(doc).Seance.properties.parent = { $ref: "#/components/schemas/Seance" }));
    expect(diffSpecs(released, next)).toEqual({ breaking: [], compatible: [] });
  });

  it("names the missing pointer when a $ref dangles", () => {
    const next = edited((doc) => (seancesGet(doc).parameters[0].schema = { $ref: "#/components/schemas/Nope" }));
    expect(() => diffSpecs(released, next)).toThrow(
      '$ref "#/components/schemas/Nope": expected a node at "Nope", found nothing',
    );
  });
});
