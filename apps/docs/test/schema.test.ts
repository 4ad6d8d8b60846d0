// Schema rendering: nested property lists with types, formats, required marks, constraints,
// variants with their discriminator, array items, map values, and cycles cut with a link.
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../src/openapi.js";
import { renderNamedSchema, renderSchema } from "../src/render/schema.js";
import { uiText } from "../src/render/ui-text.js";

function doc(schemas: Record<string, unknown>): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {},
    components: { schemas },
  } as OpenApiDocument;
}

const schemas = {
  Pet: {
    type: "object",
    required: ["name", "kind"],
    properties: {
      age: { type: "integer", minimum: 0, maximum: 40, description: "Years, **rounded**." },
      name: { type: "string", pattern: "^[A-Z]", minLength: 1, default: "Rex" },
      kind: { type: "string", enum: ["cat", "dog"] },
      tags: { type: "array", items: { $ref: "#/components/schemas/Tag" } },
      owner: { $ref: "#/components/schemas/Owner" },
      scores: { type: "object", additionalProperties: { type: "number", format: "double" } },
      nickname: { type: ["string", "null"], const: "Bob" },
    },
  },
  Tag: { type: "object", properties: { label: { type: "string" } } },
  Owner: { type: "object", properties: { pets: { type: "array", items: { $ref: "#/components/schemas/Pet" } } } },
  Entity: {
    oneOf: [{ $ref: "#/components/schemas/Person" }, { $ref: "#/components/schemas/Company" }],
    discriminator: {
      propertyName: "type",
      mapping: { person: "#/components/schemas/Person", company: "#/components/schemas/Company" },
    },
  },
  Person: { type: "object", properties: { type: { const: "person" }, first_name: { type: "string" } } },
  Company: { type: "object", properties: { type: { const: "company" }, siren: { type: "string" } } },
};

describe("schema rendering", () => {
  const ctx = { doc: doc(schemas), text: uiText("en") };

  it("lists properties required first, with types, formats and every constraint", () => {
    const html = renderSchema(ctx, { $ref: "#/components/schemas/Pet" });
    const order = [...html.matchAll(/<code class="pa-prop-name">(\w+)<\/code>/g)].map((m) => m[1]);
    expect(order.slice(0, 2)).toEqual(["name", "kind"]);
    expect(html).toContain('<span class="pa-required">required</span>');
    expect(html).toMatch(/min <code>0<\/code>.*max <code>40<\/code>/s);
    expect(html).toContain("pattern <code>^[A-Z]</code>");
    expect(html).toContain("default <code>&quot;Rex&quot;</code>");
    expect(html).toContain("one of <code>&quot;cat&quot;</code> <code>&quot;dog&quot;</code>");
    expect(html).toContain("always <code>&quot;Bob&quot;</code>");
    expect(html).toContain('<span class="pa-type">string | null</span>');
    expect(html).toContain("<strong>rounded</strong>");
  });

  it("shows array items and map values, nested under their property", () => {
    const html = renderSchema(ctx, { $ref: "#/components/schemas/Pet" });
    expect(html).toContain('<span class="pa-type">array of Tag</span>');
    expect(html).toContain('<code class="pa-prop-name">label</code>');
    expect(html).toContain("any key →");
    expect(html).toContain('<span class="pa-format">double</span>');
  });

  it("cuts a cycle with a link back to the schema instead of recursing", () => {
    const html = renderSchema(ctx, { $ref: "#/components/schemas/Pet" });
    expect(html).toContain('<a class="pa-schema-link" href="#schema/Pet">Pet</a> (see above: recursive)');
    const named = renderNamedSchema(ctx, "Owner");
    expect(named).toContain('href="#schema/Owner">Owner</a> (see above: recursive)');
  });

  it("lists oneOf variants with the discriminator and each variant's value", () => {
    const html = renderSchema(ctx, { $ref: "#/components/schemas/Entity" });
    expect(html).toContain("exactly one of:");
    expect(html).toContain("discriminator: <code>type</code>");
    expect(html).toMatch(/href="#schema\/Person">Person<\/a>.*= <code>person<\/code>/s);
    expect(html).toContain('<code class="pa-prop-name">siren</code>');
  });

  it("writes its labels in the page's language", () => {
    const html = renderSchema({ ...ctx, text: uiText("fr") }, { $ref: "#/components/schemas/Pet" });
    expect(html).toContain('<span class="pa-required">obligatoire</span>');
    expect(html).toContain("une valeur parmi");
    expect(html).not.toContain(">required<");
  });
});
