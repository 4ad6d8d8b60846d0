import { describe, expect, it } from "vitest";
import { countTranslations, countUntranslated, localize } from "../src/localize.js";
import { miniSpec } from "./helpers/fixtures.js";

describe("localize", () => {
  it("swaps every x-<field>-fr text into its field", () => {
    const doc = miniSpec();
    const { translated } = localize(doc, "fr");
    const put = doc.paths["/things/{thing_id}"]!.put as Record<string, unknown>;
    expect(put.summary).toBe("Créer ou modifier une chose");
    expect(put.description).toBe("Enregistre la chose.\n\nDéduit du client public.");
    expect(doc.tags![0]!.description).toBe("Des choses.");
    // Not a standard field: the translation goes where Redoc reads the English one.
    expect(doc.tags![0]!["x-displayName"]).toBe("Choses");
    expect(translated).toBe(countTranslations(miniSpec(), "fr"));
    expect(translated).toBe(4);
  });

  it("leaves texts without a translation in English", () => {
    const doc = miniSpec();
    localize(doc, "fr");
    expect((doc.paths["/things"]!.get as Record<string, unknown>).summary).toBe("List things");
  });

  it("counts the texts a translation leaves in English, not the example payloads", () => {
    // info title and description; 3 summaries and 1 description of operations; 5 response descriptions;
    // the Thing example's summary; the Thing schema's and its `value` field's descriptions.
    // Not the example payload's fields (data), and not putThing's texts (translated).
    expect(countUntranslated(miniSpec(), "fr")).toBe(14);
  });
});
