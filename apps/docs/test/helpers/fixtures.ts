import { readFileSync } from "node:fs";
import type { OpenApiDocument } from "../../src/openapi.js";

/** A fresh copy of the unit-test spec (test/fixtures/mini.json). */
export function miniSpec(): OpenApiDocument {
  return JSON.parse(readFileSync(new URL("../fixtures/mini.json", import.meta.url), "utf8")) as OpenApiDocument;
}
