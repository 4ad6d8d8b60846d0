// Every operation of the contract against a real Prism mock of it (through @partner-apis/mocks):
// 2xx with credentials, 401 without, 4xx for out-of-range pagination and incomplete PUT bodies.
import { createRequire } from "node:module";
import { type RunningMock, startMock } from "@partner-apis/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError, type ContractInput, createSeynaClient } from "../src/index.js";
import { example, spec } from "./helpers/examples.js";

const specPath = createRequire(import.meta.url).resolve("@partner-apis/spec-seyna/openapi.json");
const AUTH = `Basic ${Buffer.from("key_test_123:s3cr3t").toString("base64")}`;

interface Operation {
  method: "GET" | "PUT";
  template: string;
  operationId: string;
  isList: boolean;
  requestExample?: Record<string, unknown>;
}

const IDS: Record<string, string> = {
  portfolio_id: "pf_home_2024",
  contract_id: "ctr-000123",
  receipt_id: "rct-000123-q1",
  claim_id: "clm-000045",
  settlement_id: "stl-000045-1",
};

function operations(): Operation[] {
  const out: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of ["get", "put"] as const) {
      const op = item[method] as
        | {
            operationId: string;
            requestBody?: {
              content: { "application/json": { examples: Record<string, { $ref?: string; value?: unknown }> } };
            };
          }
        | undefined;
      if (!op) continue;
      const examples = op.requestBody?.content["application/json"].examples ?? {};
      const first = Object.values(examples)[0];
      const requestExample = first?.$ref
        ? example<Record<string, unknown>>(first.$ref.split("/").at(-1)!)
        : (first?.value as Record<string, unknown> | undefined);
      out.push({
        method: method.toUpperCase() as Operation["method"],
        template,
        operationId: op.operationId,
        isList: op.operationId.startsWith("list"),
        requestExample,
      });
    }
  }
  return out;
}

const ops = operations();
const lists = ops.filter((o) => o.isList);
const puts = ops.filter((o) => o.method === "PUT");
const url = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => IDS[name] ?? name);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock("seyna", { port: 0, specPath });
}, 60_000);
afterAll(async () => {
  await mock?.stop();
});

function call(op: Operation, options: { auth?: boolean; query?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.auth !== false) headers.authorization = AUTH;
  const body = options.body ?? op.requestExample;
  if (op.method === "PUT") headers["content-type"] = "application/json";
  return fetch(`${mock.url}${url(op.template)}${options.query ?? ""}`, {
    method: op.method,
    headers,
    body: op.method === "PUT" ? JSON.stringify(body) : undefined,
  });
}

describe("the contract covers every endpoint of the seed", () => {
  it("has the 18 operations: portfolios (list, get) and, per object, list, get, put and versions/events", () => {
    expect(ops.map((o) => `${o.method} ${o.template}`).sort()).toEqual(
      [
        "GET /portfolios",
        "GET /portfolios/{portfolio_id}",
        ...["contract", "receipt", "claim", "settlement"].flatMap((k) => [
          `GET /portfolios/{portfolio_id}/${k}s`,
          `GET /portfolios/{portfolio_id}/${k}s/{${k}_id}`,
          `PUT /portfolios/{portfolio_id}/${k}s/{${k}_id}`,
          `GET /portfolios/{portfolio_id}/${k === "settlement" ? "settlement-events" : `${k}-versions`}`,
        ]),
      ].sort(),
    );
    expect(lists).toHaveLength(9);
    expect(puts).toHaveLength(4);
  });
});

describe("against the Prism mock", () => {
  it.each(ops.map((o) => [o.operationId, o] as const))("%s answers 2xx with valid credentials", async (_, op) => {
    const response = await call(op);
    expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
    const body = (await response.json()) as { object: string };
    // listContracts → "list", getContract / upsertContract → "contract".
    expect(body.object).toBe(op.isList ? "list" : op.operationId.replace(/^(get|upsert)/, "").toLowerCase());
  });

  it.each(ops.map((o) => [o.operationId, o] as const))("%s answers 401 without credentials", async (_, op) => {
    const response = await call(op, { auth: false });
    expect(response.status).toBe(401);
  });

  describe.each(lists.map((o) => [o.operationId, o] as const))("%s validates pagination", (_, op) => {
    it.each(["?limit=0", "?limit=101", "?limit=2.5", "?sort=sideways"])("rejects %s with a 4xx", async (query) => {
      const response = await call(op, { query });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });

    it("accepts limit=1, limit=100, sort=desc and a from cursor", async () => {
      for (const query of ["?limit=1", "?limit=100", "?sort=desc", "?sort=asc&from=Y3RyLTAwMDEyMw&limit=50"]) {
        expect((await call(op, { query })).status).toBe(200);
      }
    });
  });

  describe.each(puts.map((o) => [o.operationId, o] as const))("%s validates its body", (_, op) => {
    it("has a request example", () => {
      expect(op.requestExample).toBeTypeOf("object");
    });

    it.each(["reference", "timestamp", "guarantees", "product_data"])(
      "rejects a body missing the required %s with a 4xx",
      async (field) => {
        const body = { ...op.requestExample };
        delete body[field];
        const response = await call(op, { body });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      },
    );

    it("rejects a misspelled field (the body schema is closed)", async () => {
      const response = await call(op, { body: { ...op.requestExample, refrence: "typo" } });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });

    it("rejects the server-managed version in the body", async () => {
      const response = await call(op, { body: { ...op.requestExample, version: 3 } });
      expect(response.status).toBeGreaterThanOrEqual(400);
    });
  });
});

describe("the typed client against the mock", () => {
  const client = () =>
    createSeynaClient({ baseUrl: mock.url, apiKeyId: "key_test_123", apiKeySecret: "s3cr3t", retry: false });

  it("gets a portfolio, puts a contract and reads it back", async () => {
    const seyna = client();
    const portfolio = await seyna.throwing.GET("/portfolios/{portfolio_id}", {
      params: { path: { portfolio_id: "pf_home_2024" } },
    });
    expect(portfolio).toMatchObject({ object: "portfolio", id: "pf_home_2024" });
    const body = example<ContractInput>("ContractInput");
    const stored = await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
      params: { path: { portfolio_id: "pf_home_2024", contract_id: "ctr-000123" } },
      body,
    });
    expect(stored).toMatchObject({ object: "contract", id: "ctr-000123", version: expect.any(Number) });
  });

  it("paginates a list served by the mock", async () => {
    const contracts = await client()
      .paginate("/portfolios/{portfolio_id}/contracts", {
        params: { path: { portfolio_id: "pf_home_2024" } },
        pageSize: 50,
      })
      .toArray();
    expect(contracts.map((c) => c.id)).toEqual(["ctr-000123"]);
  });

  it("turns the mock's 400 for limit=0 into a BadRequestError", async () => {
    const error = await client()
      .throwing.GET("/portfolios/{portfolio_id}/contracts", {
        params: { path: { portfolio_id: "pf_home_2024" }, query: { limit: 0 } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
  });
});
