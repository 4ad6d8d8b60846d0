// Each client README lists every operation of its contract: the table is generated, and this test fails when it is
// stale (regenerate with `node scripts/release/operations.mjs`).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clientReadmes, END, operationsTable, START, updateReadmes, withTable } from "../operations.mjs";
import { publishedPackages } from "../workspace.mjs";

const repository = fileURLToPath(new URL("../../..", import.meta.url));

describe("the operations table of each client README", () => {
  it("is current for every provider's client package", async () => {
    const clients = await clientReadmes();
    // Every published package built on the runtime is a registered provider's client, so none is left out.
    const onRuntime = (await publishedPackages(repository))
      .filter((pkg) => pkg.manifest.dependencies?.["@partner-apis/runtime"])
      .map((pkg) => pkg.manifest.name);
    expect(clients.map((c) => c.name).sort()).toEqual(onRuntime.sort());
    expect(await updateReadmes({ check: true })).toEqual([]);
  });

  it("lists every operation of a contract with method, path and typed call", async () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/items/{id}": {
          parameters: [{ name: "id", in: "path", required: true }],
          get: {
            summary: "Get an item.",
            parameters: [{ $ref: "#/components/parameters/Expand" }],
            responses: { 200: { content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } } } },
          },
          put: {
            summary: "Put an item",
            "x-provenance": "inferred",
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } } },
            responses: { 204: { description: "stored" } },
          },
        },
      },
      components: { parameters: { Expand: { name: "expand", in: "query" } } },
    };
    const { loadModel, refName } = await import(
      new URL("../../../packages/contract-core/dist/index.js", import.meta.url).href
    );
    expect(operationsTable(loadModel(document), "api", refName).split("\n").slice(2)).toEqual([
      '| Get an item | GET | `/items/{id}` | `api.GET("/items/{id}", { params: { path: { id }, query? } })` | Item | documented |',
      '| Put an item | PUT | `/items/{id}` | `api.PUT("/items/{id}", { params: { path: { id } }, body: Item })` | no body | inferred |',
    ]);
  });

  it("refuses a README without the markers", async () => {
    expect(() => withTable("# x\n", "| table |", "README.md")).toThrow(/operations markers are missing/);
    const [client] = await clientReadmes();
    const readme = await readFile(client.readme, "utf8");
    expect(readme).toContain(START);
    expect(readme).toContain(END);
  });
});
