import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { OpenApiDocument } from "../../src/index.js";

/** Path of a fixture file. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** A fresh parsed copy of a fixture document (tests may mutate it). */
export function fixtureDocument(name = "pets.openapi.json"): OpenApiDocument {
  return JSON.parse(readFileSync(fixturePath(name), "utf8")) as OpenApiDocument;
}
