// Guards on the hand-authored contract that lint cannot express: PUT bodies stay in step with
// the stored objects, lists and entities keep their discriminators.
import { fileURLToPath } from "node:url";
import { checkSeedSamples, readSeedSamples } from "@partner-apis/typegen/seed-samples";
import { describe, expect, it } from "vitest";
import { spec, specFile } from "./support/examples.js";

type Schema = {
  required?: string[];
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  oneOf?: unknown[];
  discriminator?: unknown;
};
const schemas = spec.components.schemas as Record<string, Schema>;
const SERVER_MANAGED = ["object", "version"];

describe.each(["Contract", "Receipt", "Claim", "Settlement"])("%sInput", (name) => {
  const stored = schemas[name]!;
  const input = schemas[`${name}Input`]!;

  it("has every field of the stored object but the server-managed object and version, defined identically", () => {
    const expected = Object.keys(stored.properties!).filter((k) => !SERVER_MANAGED.includes(k));
    expect(Object.keys(input.properties!)).toEqual(expected);
    for (const key of expected) expect(input.properties![key], `${name}Input.${key}`).toEqual(stored.properties![key]);
  });

  it("requires what the stored object requires, except the server-managed fields and the ids the path carries", () => {
    const expected = stored.required!.filter((k) => !["object", "version", "portfolio_id", "id"].includes(k));
    expect(input.required).toEqual(expected);
  });

  it("is closed (the PUT body's fields are listed), while the stored object, a response, stays open", () => {
    expect(input.additionalProperties).toBe(false);
    expect(stored.additionalProperties).toBeUndefined();
    expect(stored.properties!.product_data).toMatchObject({ type: "object", additionalProperties: true });
  });
});

describe("discriminators", () => {
  it.each([
    ["Portfolio", "portfolio"],
    ["Contract", "contract"],
    ["Receipt", "receipt"],
    ["Claim", "claim"],
    ["Settlement", "settlement"],
    ["PortfolioList", "list"],
    ["ContractList", "list"],
    ["ReceiptList", "list"],
    ["ClaimList", "list"],
    ["SettlementList", "list"],
    ["Error", "error"],
  ])("%s carries object: %s", (name, value) => {
    expect(schemas[name]!.properties!.object).toMatchObject({ const: value });
    expect(schemas[name]!.required).toContain("object");
  });

  it.each(["PortfolioList", "ContractList", "ReceiptList", "ClaimList", "SettlementList"])(
    "%s has an optional next",
    (name) => {
      expect(schemas[name]!.required).toEqual(["object", "url", "data"]);
      expect(schemas[name]!.properties!.next).toMatchObject({ type: "string" });
    },
  );

  it("Entity is a oneOf of individual, company and nonprofit, discriminated on type", () => {
    expect(schemas.Entity!.discriminator).toEqual({
      propertyName: "type",
      mapping: {
        individual: "#/components/schemas/IndividualEntity",
        company: "#/components/schemas/CompanyEntity",
        nonprofit: "#/components/schemas/NonprofitEntity",
      },
    });
    for (const [variant, type] of [
      ["IndividualEntity", "individual"],
      ["CompanyEntity", "company"],
      ["NonprofitEntity", "nonprofit"],
    ]) {
      expect(schemas[variant!]!.properties!.type).toMatchObject({ const: type });
    }
  });
});

describe("the page's samples", () => {
  const samples = readSeedSamples(fileURLToPath(new URL("./fixtures/seed-samples.json", import.meta.url)));

  it("are the four the page shows before it is cut short", () => {
    expect(samples.map(({ in: where, method, path }) => `${where} ${method ?? ""} ${path ?? ""}`.trim())).toEqual([
      "fields",
      "response get /portfolios/{portfolio_id}",
      "response get /portfolios/{portfolio_id}/contracts",
      "response get /portfolios/{portfolio_id}/contract-versions",
    ]);
  });

  it.each(checkSeedSamples(specFile, samples))("$title validates", ({ violations }) => {
    expect(violations).toEqual([]);
  });

  it("include the portfolio sample with only object and id, and would catch one without its id", () => {
    const portfolio = samples[1]!;
    expect(portfolio.value).toEqual({ object: "portfolio", id: "string" });
    const [withoutId] = checkSeedSamples(specFile, [{ ...portfolio, value: { object: "portfolio" } }]);
    expect(withoutId!.violations).toEqual(["body.id: is required but missing"]);
  });
});
