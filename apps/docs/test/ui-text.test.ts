// Localisation of the interface: every English string has a French one, and the French page's
// renderers use them (the content itself is swapped by localize.ts, tested in localize.test.ts).
import { describe, expect, it } from "vitest";
import { uiText } from "../src/render/ui-text.js";

describe("interface strings", () => {
  it("has a French text for every English one, and they differ where a word is English", () => {
    const en = uiText("en");
    const fr = uiText("fr");
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of [
      "required",
      "parameters",
      "responses",
      "requestBody",
      "tryIt",
      "send",
      "search",
      "skip",
      "schemas",
      "inferredBadge",
    ] as const) {
      expect(fr[key], key).not.toBe(en[key]);
    }
    for (const [key, value] of Object.entries(fr)) expect(value.trim(), key).not.toBe("");
  });
});
