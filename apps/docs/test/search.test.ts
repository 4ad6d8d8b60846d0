// Search ranking: exact title first, operations above schemas, operationId and path, one typo.
import { describe, expect, it } from "vitest";
import type { SearchEntry } from "../src/client/search.js";
import { editDistance, search, words } from "../src/client/search.js";

const op = (title: string, operationId: string, method: string, path: string, api = "Premiums API"): SearchEntry => ({
  kind: "operation",
  title,
  operationId,
  method,
  path,
  api,
  url: `x/#operation/${operationId}`,
});
const schema = (title: string): SearchEntry => ({
  kind: "schema",
  title,
  api: "Premiums API",
  url: `x/#schema/${title}`,
});

const entries: SearchEntry[] = [
  schema("SeanceCancel"),
  schema("Seance"),
  schema("ExecuteSeanceResponse"),
  op("Cancels a seance.", "cancelSeance", "POST", "/v2/seance/cancel"),
  op("Update a seance.", "updateSeance", "PATCH", "/v2/seance/{seance_uid}"),
  op("Execute a seance.", "executeSeance", "POST", "/v2/seance"),
  op("List portfolio contracts", "listContracts", "GET", "/portfolios/{portfolio_id}/contracts", "Seyna API v2"),
  op(
    "List portfolio contract versions",
    "listContractVersions",
    "GET",
    "/portfolios/{portfolio_id}/contract-versions",
    "Seyna API v2",
  ),
  op(
    "Create or update a contract",
    "upsertContract",
    "PUT",
    "/portfolios/{portfolio_id}/contracts/{contract_id}",
    "Seyna API v2",
  ),
];
const titles = (query: string) => search(entries, query).map((h) => h.entry.title);

describe("search ranking", () => {
  it("puts the exact title first, with or without its final period or accents", () => {
    expect(titles("Execute a seance.")[0]).toBe("Execute a seance.");
    expect(titles("Execute a seance")[0]).toBe("Execute a seance.");
    expect(titles("execute a séance")[0]).toBe("Execute a seance.");
    expect(titles("List portfolio contracts")[0]).toBe("List portfolio contracts");
  });

  it("ranks every matching operation above every matching schema", () => {
    const kinds = search(entries, "seance").map((h) => h.entry.kind);
    expect(kinds.indexOf("schema")).toBeGreaterThan(kinds.lastIndexOf("operation"));
  });

  it("finds an operation by operationId and by path", () => {
    expect(titles("upsertContract")[0]).toBe("Create or update a contract");
    expect(titles("/v2/seance/cancel")[0]).toBe("Cancels a seance.");
    expect(titles("POST /v2/seance")[0]).toBe("Execute a seance.");
  });

  it("tolerates one typo in a word, not two", () => {
    expect(titles("seanse").length).toBeGreaterThan(0);
    expect(titles("seanse")[0]).toMatch(/seance/i);
    expect(titles("execute a seanse")[0]).toBe("Execute a seance.");
    expect(titles("sxanse")).toEqual([]);
  });

  it("splits camelCase and paths into words, and measures swaps as one edit", () => {
    expect(words("upsertContract /portfolios/{portfolio_id}")).toEqual([
      "upsert",
      "contract",
      "portfolios",
      "portfolio",
      "id",
    ]);
    expect(editDistance("seacne", "seance")).toBe(1);
    expect(editDistance("abc", "abcd")).toBe(1);
    expect(editDistance("abc", "xyz")).toBeGreaterThan(1);
  });
});
