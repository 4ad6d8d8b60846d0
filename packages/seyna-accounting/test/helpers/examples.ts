// The examples of Seyna's bundled contract, so the rules are tested on the data the docs and the mock show.
// Typed with this package's structural inputs: the client's generated types would make it depend on the client.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ClaimLike, ContractLike, ReceiptLike, SettlementLike } from "../../src/index.js";

/** A stored object as the API returns it: the fields the rules read, and the others. */
export type Stored<T> = T & { [field: string]: unknown };

const specFile = createRequire(import.meta.url).resolve("@partner-apis/spec-seyna/openapi.json");
const examples = (
  JSON.parse(readFileSync(specFile, "utf8")) as { components: { examples: Record<string, { value: unknown }> } }
).components.examples;

/** A deep copy of the value of the example `name` (specs/seyna/components/examples/<name>.yaml). */
function example<T>(name: string): T {
  const found = examples[name];
  if (!found) throw new Error(`expected an example ${name} in ${specFile}, found none`);
  return structuredClone(found.value) as T;
}

export const contractExample = () => example<Stored<ContractLike>>("Contract");
export const contractInputExample = () => example<Stored<ContractLike>>("ContractInput");
export const receiptsExample = () => example<{ data: Stored<ReceiptLike>[] }>("ReceiptList").data;
export const claimVersionsExample = () => example<{ data: Stored<ClaimLike>[] }>("ClaimVersionList").data;
export const settlementsExample = () => example<{ data: Stored<SettlementLike>[] }>("SettlementList").data;
