// The pages' own samples against the bundled contract: every request and response example the Premiums pages
// show, placeholders included, validates under the schema of its operation and status.
import { fileURLToPath } from "node:url";
import { checkSeedSamples, readSeedSamples } from "@partner-apis/typegen/seed-samples";
import { describe, expect, it } from "vitest";
import { BUNDLE_PATH } from "./spec.js";

const samples = readSeedSamples(fileURLToPath(new URL("./fixtures/seed-samples.json", import.meta.url)));

describe("the pages' samples", () => {
  it("are the four the two pages show (a request and a 200 per page)", () => {
    expect(samples.map(({ in: where, method, path, status }) => `${where} ${method} ${path} ${status ?? ""}`)).toEqual([
      "body post /v2/seance ",
      "response post /v2/seance 200",
      "body post /v2/seance/period/simulate-closed ",
      "response post /v2/seance/period/simulate-closed 200",
    ]);
  });

  it.each(checkSeedSamples(BUNDLE_PATH, samples))("$title validates", ({ violations }) => {
    expect(violations).toEqual([]);
  });

  it("keep the page's placeholders: decimal amounts and dates are the string `string`", () => {
    const response = samples[1]!.value as { data: { premiums: Record<string, unknown>[] }; request: object };
    expect(response.data.premiums[0]).toMatchObject({
      approved_credit_eur: "string",
      new_balance_hours_value: "string",
    });
    expect(samples[3]!.value).toMatchObject({ request: { period_start: "string", period_end: "string" } });
  });

  it("would catch a sample that breaks the contract (the check can fail)", () => {
    const [request, response] = samples.map((sample) => structuredClone(sample));
    (request!.value as Record<string, unknown>).seance_duration = "7.5";
    (response!.value as { data: { premiums: Record<string, unknown>[] } }).data.premiums[0]!.approved_hours = "0";
    const [requestCheck, responseCheck] = checkSeedSamples(BUNDLE_PATH, [request!, response!]);
    expect(requestCheck!.violations.join("\n")).toMatch(
      /body\.seance_duration: expected type number, found string "7\.5"/,
    );
    expect(responseCheck!.violations.join("\n")).toMatch(
      /body\.data\.premiums\[0\]\.approved_hours: expected type number/,
    );
  });
});
