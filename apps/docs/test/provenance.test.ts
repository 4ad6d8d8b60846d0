import { describe, expect, it } from "vitest";
import { INFERRED_BADGE_COLOR, markInferred, withCallout } from "../src/provenance.js";
import { miniSpec } from "./helpers/fixtures.js";

describe("inference marks", () => {
  it("puts a badge before the summary of inferred operations only", () => {
    const doc = miniSpec();
    const count = markInferred(doc);
    const put = doc.paths["/things/{thing_id}"]!.put as Record<string, unknown>;
    const list = doc.paths["/things"]!.get as Record<string, unknown>;
    expect(put["x-badges"]).toEqual([{ name: "Inferred", color: INFERRED_BADGE_COLOR, position: "before" }]);
    expect(list["x-badges"]).toBeUndefined();
    expect(count.operations).toBe(1);
  });

  it("moves the paragraphs that give the reason into a callout at the top", () => {
    const doc = miniSpec();
    markInferred(doc);
    const description = (doc.paths["/things/{thing_id}"]!.put as Record<string, unknown>).description as string;
    const [callout, ...rest] = description.split("</div>");
    expect(callout).toContain('class="pa-inferred"');
    expect(callout).toContain('<span class="pa-inferred-badge">Inferred</span> **Not documented by the provider.**');
    expect(callout).toContain("Inferred from the public client, which puts things here: the page stops before.");
    expect(rest.join("")).toContain("Stores the thing.");
    expect(rest.join("")).toContain("Answers 200.");
    expect(rest.join("")).not.toContain("public client");
  });

  it("marks inferred fields, even one named like an example keyword, and leaves example payloads alone", () => {
    const doc = miniSpec();
    const count = markInferred(doc);
    const thing = doc.components!.schemas!.Thing as {
      properties: Record<string, { description?: string }>;
      description: string;
    };
    expect(thing.properties.value!.description).toContain("pa-inferred");
    expect(thing.properties.value!.description).toContain("Inferred from the CSV header the page shows.");
    expect(thing.description).toBe("A thing.");
    const example = (doc.components!.examples as Record<string, { value: Record<string, unknown> }>).Thing!.value;
    expect(example).toEqual({ name: "lamp", size: 3, "x-provenance": "inferred" });
    expect(count.others).toBe(1);
  });

  it("says so even when the description gives no reason, in French too", () => {
    expect(withCallout(undefined)).toContain("see the description for what it was inferred from");
    const french = withCallout("Une chose.\n\nDéduit du client public.", "fr");
    expect(french).toContain('<span class="pa-inferred-badge">Déduit</span>');
    expect(french).toContain("Déduit du client public.");
  });
});
