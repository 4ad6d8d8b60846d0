import { describe, expect, it } from "vitest";
import { ProviderManifestError, parseManifest } from "../src/index.js";
import { manifest } from "./helpers/temp-specs.js";

function problemsOf(value: unknown, expectedId?: string): readonly string[] {
  try {
    parseManifest(value, "specs/acme/provider.json", expectedId);
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderManifestError);
    return (error as ProviderManifestError).problems;
  }
  throw new Error("expected parseManifest to throw");
}

describe("parseManifest", () => {
  it("returns a valid manifest without its $schema", () => {
    const parsed = parseManifest({ $schema: "x", ...manifest("acme") }, "specs/acme/provider.json", "acme");
    expect(parsed).toEqual(manifest("acme"));
    expect(parsed).not.toHaveProperty("$schema");
  });

  it("names the file, the field and what was expected for each problem", () => {
    const problems = problemsOf(manifest("acme", { mockPort: "4010", vendor: "" }));
    expect(problems).toEqual([
      'specs/acme/provider.json: vendor: expected a non-empty string, found string ""',
      'specs/acme/provider.json: mockPort: expected an integer 1024-65535, found string "4010"',
    ]);
  });

  it("rejects an id that is not the folder's name", () => {
    expect(problemsOf(manifest("acme"), "other")).toEqual([
      'specs/acme/provider.json: id: expected "other", the name of the folder holding the manifest, found string "acme"',
    ]);
  });

  it("rejects unknown fields, bad nested values and a French reference without a French name", () => {
    const problems = problemsOf(
      manifest("acme", {
        port: 1,
        languages: ["en", "fr"],
        auth: { kind: "magic", summary: { en: "x", de: "y" } },
        client: { package: "Not A Name", factory: "create-client", variable: "acme", credentials: [{ option: "key" }] },
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/: port: expected no such field \(known: id, name, .*\), found number 1$/),
      expect.stringMatching(/: auth\.kind: expected one of oauth2-client-credentials, .*, found string "magic"$/),
      'specs/acme/provider.json: auth.summary.de: expected only "en" and "fr", found string "y"',
      'specs/acme/provider.json: name.fr: expected a French name, since languages includes "fr", found nothing',
      expect.stringMatching(/: client\.package: expected an npm package name .*, found string "Not A Name"$/),
      'specs/acme/provider.json: client.factory: expected a JavaScript identifier, found string "create-client"',
      expect.stringMatching(
        /: client\.credentials\[0\]\.env: expected an upper-case environment variable .*, found nothing$/,
      ),
    ]);
  });

  it("requires English among the languages and only known languages", () => {
    expect(problemsOf(manifest("acme", { languages: ["fr"], name: { en: "A", fr: "B" } }))).toEqual([
      expect.stringMatching(/languages: expected an array of en, fr that includes "en", found an array \["fr"\]$/),
    ]);
    expect(problemsOf(manifest("acme", { languages: ["en", "de"] }))).toEqual([
      'specs/acme/provider.json: languages[1]: expected one of en, fr, found string "de"',
    ]);
  });

  it("rejects a manifest that is not an object", () => {
    expect(problemsOf([])).toEqual(["specs/acme/provider.json: expected a JSON object, found an array []"]);
  });
});
