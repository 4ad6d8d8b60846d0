import { describe, expect, it } from "vitest";
import { codeSamplesFor } from "../src/code-samples.js";
import { listOperations } from "../src/openapi.js";
import { provider } from "../src/providers.js";
import { tsLiteral } from "../src/ts-literal.js";
import { miniSpec } from "./helpers/fixtures.js";

function samplesOf(
  operationId: string,
  providerId: "premiums" | "coanda" | "seyna" = "premiums",
  language: "en" | "fr" = "en",
) {
  const doc = miniSpec();
  const op = listOperations(doc).find((o) => o.operation.operationId === operationId);
  if (!op) throw new Error(`fixture has no operation ${operationId}`);
  return codeSamplesFor(doc, provider(providerId), op, language);
}

describe("code samples", () => {
  it("creates the provider's client pointed at its mock, with credentials from the environment", () => {
    const [sample] = samplesOf("getToken", "coanda");
    expect(sample!.source).toContain('import { createCoandaClient } from "@partner-apis/coanda";');
    expect(sample!.source).toContain("const coanda = createCoandaClient({");
    expect(sample!.source).toContain('baseUrl: "http://127.0.0.1:4011",');
    expect(sample!.source).toContain("username: process.env.COANDA_USERNAME!,");
    expect(sample!.source).toContain("password: process.env.COANDA_PASSWORD!,");
  });

  it("sends the first named example as the body and every required parameter, not the optional ones", () => {
    const [sample] = samplesOf("putThing");
    expect(sample!.source).toContain('await premiums.PUT("/things/{thing_id}", {');
    expect(sample!.source).toContain('body: { name: "lamp", size: 3, "x-provenance": "inferred" },');
    expect(sample!.source).toContain(
      ["  params: {", '    path: { thing_id: "my-thing-id" },', "    query: { dry_run: true },", "  },"].join("\n"),
    );
    expect(sample!.source).not.toContain("trace");
    // The client sets Authorization itself.
    expect(sample!.source).not.toContain("header:");
  });

  it("parses a text/plain answer as text", () => {
    const [sample] = samplesOf("getToken");
    expect(sample!.source).toContain('query: { user_name: "my-user-name" }');
    expect(sample!.source).toContain('parseAs: "text",');
  });

  it("sends a CSV body as it is, with its content type", () => {
    const [sample] = samplesOf("importCsv");
    expect(sample!.source).toContain('body: "id;name\\n1;one\\n",');
    expect(sample!.source).toContain("bodySerializer: (raw) => raw,");
    expect(sample!.source).toContain('headers: { "Content-Type": "text/csv" },');
  });

  it("adds an every-page sample for Seyna's cursor lists only", () => {
    expect(samplesOf("listThings", "seyna").map((s) => s.label)).toEqual(["TypeScript", "TypeScript: every page"]);
    const pages = samplesOf("listThings", "seyna")[1]!.source;
    expect(pages).toContain('for await (const thing of seyna.paginate("/things", {');
    expect(pages).toContain("pageSize: 100,");
    expect(samplesOf("listThings", "premiums")).toHaveLength(1);
    expect(samplesOf("putThing", "seyna")).toHaveLength(1);
  });

  it("writes its comments in the page's language", () => {
    const [sample] = samplesOf("getToken", "coanda", "fr");
    expect(sample!.source).toContain("mock local (npm start)");
    expect(sample!.source).not.toContain("local mock (npm start)");
  });
});

describe("tsLiteral", () => {
  it("leaves identifier keys bare and quotes the others", () => {
    expect(tsLiteral({ a: 1, "b-c": "x", "2d": null })).toBe('{ a: 1, "b-c": "x", "2d": null }');
  });

  it("breaks long literals over lines with trailing commas", () => {
    const value = {
      description: "a fairly long string that does not fit",
      list: [1, 2, 3],
      nested: { deep: "value that is long enough" },
    };
    expect(tsLiteral(value)).toBe(
      [
        "{",
        '  description: "a fairly long string that does not fit",',
        "  list: [1, 2, 3],",
        '  nested: { deep: "value that is long enough" },',
        "}",
      ].join("\n"),
    );
  });
});
