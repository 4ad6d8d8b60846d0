// The examples of the bundled contract, so tests use the same data the docs and the mock show.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Claim, Contract, ContractInput, Receipt, Settlement } from "../../src/index.js";

/** Absolute path of specs/seyna/dist/openapi.json (through the workspace package). */
export const specFile = createRequire(import.meta.url).resolve("@partner-apis/spec-seyna/openapi.json");

/** The bundled OpenAPI document of Seyna (specs/seyna/dist/openapi.json). */
export const spec = JSON.parse(readFileSync(specFile, "utf8")) as {
  paths: Record<
    string,
    Record<
      string,
      { operationId?: string; parameters?: unknown[]; requestBody?: unknown; responses: Record<string, unknown> }
    >
  >;
  components: {
    examples: Record<string, { value: unknown }>;
    schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
  };
};

/** A deep copy of the value of the example `name` (components/examples/<name>.yaml). */
export function example<T>(name: string): T {
  const found = spec.components.examples[name];
  if (!found) throw new Error(`no example ${name} in ${specFile}`);
  return structuredClone(found.value) as T;
}

export const contractExample = () => example<Contract>("Contract");
export const contractInputExample = () => example<ContractInput>("ContractInput");
export const receiptsExample = () => example<{ data: Receipt[] }>("ReceiptList").data;
export const claimVersionsExample = () => example<{ data: Claim[] }>("ClaimVersionList").data;
export const settlementsExample = () => example<{ data: Settlement[] }>("SettlementList").data;
