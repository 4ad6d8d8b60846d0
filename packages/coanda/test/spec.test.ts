// Facts of Coanda's page that the bundled contract must keep (beyond what Redocly's lint checks).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkSeedSamples, readSeedSamples } from "@partner-apis/typegen/seed-samples";
import { describe, expect, it } from "vitest";
import { coandaSpecPath } from "./support/spec-examples.js";

type Node = Record<string, any>;
const spec = JSON.parse(readFileSync(coandaSpecPath, "utf8")) as Node;
const schemas = spec.components.schemas as Record<string, Node>;
const resolve = (node: Node): Node =>
  typeof node?.$ref === "string"
    ? resolve(
        node.$ref
          .slice(2)
          .split("/")
          .reduce((at: Node, key: string) => at[key], spec),
      )
    : node;
const operations = Object.entries(spec.paths as Record<string, Node>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method, operation: operation as Node })),
);

describe("operations", () => {
  it("are the five of the page", () => {
    expect(operations.map(({ method, path }) => `${method.toUpperCase()} ${path}`)).toEqual([
      "GET /user-service/v1/token/acquire",
      "POST /simulator-service/simulator/free_management",
      "POST /simulator-service/simulator/delegated_management",
      "POST /simulator-service/simulator/glidepath_management",
      "POST /premia/api/v1/sessions",
    ]);
  });

  it.each(operations)("$method $path carries provenance and its French summary and description", ({ operation }) => {
    expect(["documented", "inferred"]).toContain(operation["x-provenance"]);
    expect(operation["x-summary-fr"]).toEqual(expect.any(String));
    expect(operation["x-description-fr"]).toEqual(expect.any(String));
    for (const parameter of operation.parameters ?? [])
      expect(resolve(parameter)["x-description-fr"]).toEqual(expect.any(String));
  });

  it.each(operations)("$method $path declares the general error table (and Premia its 400)", ({ path, operation }) => {
    const expected = ["401", "403", "404", "405", "422", "429", "500", "503"];
    if (path === "/premia/api/v1/sessions") expected.unshift("400");
    expect(Object.keys(operation.responses).filter((code) => code >= "400")).toEqual(expected);
  });

  it("need a bearer JWT except the token endpoint", () => {
    expect(spec.security).toEqual([{ BearerJwt: [] }]);
    expect(spec.components.securitySchemes.BearerJwt).toMatchObject({
      type: "http",
      scheme: "bearer",
      bearerFormat: "JWT",
    });
    for (const { path, operation } of operations)
      expect(operation.security).toEqual(path === "/user-service/v1/token/acquire" ? [] : undefined);
  });
});

describe("servers", () => {
  it("are pre-production and a {baseBackendUrl} for other environments", () => {
    expect(spec.servers[0].url).toBe("https://aaaic-backend.ppd.rafa.3a-digital.fr");
    expect(spec.servers[1]).toMatchObject({
      url: "{baseBackendUrl}",
      variables: { baseBackendUrl: { default: "https://aaaic-backend.ppd.rafa.3a-digital.fr" } },
    });
  });
});

describe("schemas", () => {
  it.each(Object.entries(schemas))("%s carries provenance, and says what is inferred", (_name, schema) => {
    expect(["documented", "inferred"]).toContain(schema["x-provenance"]);
    if (schema["x-provenance"] === "inferred") expect(schema.description).toMatch(/infer/i);
  });

  it("keep the two frequency enums as the page writes them", () => {
    expect(schemas.CashFlowFrequency!.enum).toEqual(["MONTHLY", "QUARTERLY", "YEARLY", "SEMI_ANNUALLY"]);
    expect(schemas.PremiaContributionFrequency!.enum).toEqual(["MONTHLY", "QUARTERLY", "SEMIANNUALLY", "ANNUALLY"]);
    expect(schemas.PremiaRegularContributionsFormat!.enum).toEqual(["CHOSEN_FREQUENCY"]);
  });

  it("require what the page's tables mark mandatory", () => {
    expect(schemas.FreeManagementSimulationRequest!.required).toEqual([
      "simulator_uuid",
      "horizon",
      "portfolio_composition",
    ]);
    expect(schemas.DelegatedManagementSimulationRequest!.required).toEqual([
      "simulator_uuid",
      "horizon",
      "profile_idx",
    ]);
    expect(schemas.GlidepathManagementSimulationRequest!.required).toEqual([
      "simulator_uuid",
      "horizon",
      "profile_idx",
      "age",
    ]);
    expect(schemas.PremiaSessionRequest!.required).toEqual([
      "recoJourneyUuid",
      "extProductCode",
      "extSessionCode",
      "clientLastName",
      "clientFirstName",
      "clientBirthDate",
    ]);
    expect(Object.keys(schemas.PremiaSessionRequest!.properties)).toHaveLength(37);
  });

  it("leave every response object open (the page shows keys, not that there are no others)", () => {
    const closed: string[] = [];
    const seen = new Set<Node>();
    const walk = (node: Node, at: string) => {
      node = resolve(node);
      if (!node || typeof node !== "object" || seen.has(node)) return;
      seen.add(node);
      if (node.additionalProperties === false) closed.push(at);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child as Node, `${at}.${key}`);
      if (node.items) walk(node.items, `${at}[]`);
    };
    for (const { path, operation } of operations) {
      for (const [code, response] of Object.entries(operation.responses as Record<string, Node>)) {
        for (const media of Object.values((resolve(response).content ?? {}) as Record<string, Node>))
          walk(media.schema, `${path} ${code}`);
      }
    }
    expect(closed).toEqual([]);
  });
});

describe("the page's samples", () => {
  const samples = readSeedSamples(fileURLToPath(new URL("./fixtures/seed-samples.json", import.meta.url)));

  it("are the eleven the page shows: token, three simulators and Premia's two examples, each with its answer", () => {
    expect(samples.map(({ in: where, method, path }) => `${where} ${method} ${path}`)).toEqual([
      "query get /user-service/v1/token/acquire",
      "response get /user-service/v1/token/acquire",
      "body post /simulator-service/simulator/free_management",
      "body post /simulator-service/simulator/delegated_management",
      "body post /simulator-service/simulator/glidepath_management",
      "body post /premia/api/v1/sessions",
      "body post /premia/api/v1/sessions",
      "response post /simulator-service/simulator/free_management",
      "response post /simulator-service/simulator/delegated_management",
      "response post /simulator-service/simulator/glidepath_management",
      "response post /premia/api/v1/sessions",
    ]);
  });

  it.each(checkSeedSamples(coandaSpecPath, samples))("$title validates", ({ violations }) => {
    expect(violations).toEqual([]);
  });

  it("are checked with the type names they write in place of values (the check can fail)", () => {
    const free = samples.find((sample) => sample.in === "response" && sample.typeNames)!;
    const [asWritten] = checkSeedSamples(coandaSpecPath, [{ ...free, typeNames: false }]);
    expect(asWritten!.violations).toContain('body.success_percentage: expected type number, found string "float"');
  });
});
