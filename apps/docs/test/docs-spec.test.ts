import { describe, expect, it } from "vitest";
import { loadBundle } from "../src/bundles.js";
import { buildDocsSpec, SCHEMAS_TAG } from "../src/docs-spec.js";
import { listOperations } from "../src/openapi.js";
import { mockUrl, PROVIDERS } from "../src/providers.js";
import { miniSpec } from "./helpers/fixtures.js";

describe("docs-only copy of a bundle", () => {
  it("never changes the bundle it copies", async () => {
    for (const p of PROVIDERS) {
      const bundle = await loadBundle(p);
      const before = JSON.stringify(bundle);
      for (const language of p.languages) buildDocsSpec(bundle, p, language);
      expect(JSON.stringify(bundle), p.id).toBe(before);
    }
  });

  it("gives every operation of every bundle a sample and every inferred operation a badge", async () => {
    for (const p of PROVIDERS) {
      const bundle = await loadBundle(p);
      const { doc, inferred } = buildDocsSpec(bundle, p);
      const operations = listOperations(doc);
      expect(operations.length).toBe(listOperations(bundle).length);
      for (const { operation, method, path } of operations) {
        expect(Array.isArray(operation["x-codeSamples"]), `${p.id} ${method} ${path}`).toBe(true);
        const badged = Array.isArray(operation["x-badges"]) && operation["x-badges"].length > 0;
        expect(badged, `${p.id} ${method} ${path} badge`).toBe(operation["x-provenance"] === "inferred");
      }
      expect(inferred.operations).toBe(
        listOperations(bundle).filter((o) => o.operation["x-provenance"] === "inferred").length,
      );
    }
  });

  it("lists the local mock among the servers once", async () => {
    for (const p of PROVIDERS) {
      const { doc } = buildDocsSpec(await loadBundle(p), p);
      expect(
        doc.servers!.filter((s) => s.url.replace(/\/$/, "") === mockUrl(p)),
        p.id,
      ).toHaveLength(1);
    }
  });

  it("adds a Schemas tag with one heading per named schema, no heading a prefix of the one before it", () => {
    const { doc } = buildDocsSpec(miniSpec(), PROVIDERS[0]!);
    const tag = doc.tags!.find((t) => t.name === SCHEMAS_TAG)!;
    const description = String(tag.description);
    const headings = [...description.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings).toEqual(["Thing"]);
    expect(description).toContain('<SchemaDefinition schemaRef="#/components/schemas/Thing"');
    const names = ["OAuth2TokenRequest", "OAuth2Token", "Seance", "SeanceUpdate"];
    const spec = miniSpec();
    for (const name of names) spec.components!.schemas![name] = { type: "object", "x-provenance": "documented" };
    const ordered = [
      ...String(buildDocsSpec(spec, PROVIDERS[0]!).doc.tags!.at(-1)!.description).matchAll(/^## (.+)$/gm),
    ].map((m) => m[1]!);
    for (let i = 1; i < ordered.length; i++)
      expect(ordered[i - 1]!.startsWith(ordered[i]!), `${ordered[i]} after ${ordered[i - 1]}`).toBe(false);
  });
});
