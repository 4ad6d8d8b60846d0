// The Seyna sandbox of @partner-apis/mocks through this client: versions, typed 404s, the accounting report.
// (Here rather than in the mocks, which must not depend on a client: every client tests against them.)
import {
  type RunningMock,
  SANDBOX_REPORT_PATH,
  SANDBOX_RESET_PATH,
  startMock,
  VIOLATIONS_HEADER,
} from "@partner-apis/mocks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSeynaClient, NotFoundError } from "../src/index.js";

const portfolio_id = "pf_home_2024";
const person = {
  type: "individual",
  name: "Alex Example",
  address: "1 rue de l'Exemple, 75000 Paris, France",
  email: "alex@example.com",
  phone: "+33100000000",
  birthday: "1990-01-01",
  birthplace: "Paris, France",
};
/** A contract body (ContractInput) with one guarantee. */
function contract(reference: string, premium = 100) {
  return {
    product_id: "prd_phone_cover",
    timestamp: "2024-01-01T00:00:00Z",
    reference,
    customer_id: "cus-1",
    creation_date: "2024-01-01T00:00:00Z",
    last_update: "2024-01-01T00:00:00Z",
    subscriber: [person],
    insured: [person],
    beneficiary: [person],
    subscription_date: "2024-01-01",
    issuance_date: "2024-01-01",
    start_cover_date: "2024-01-01",
    end_cover_date: "2025-01-01",
    guarantees: { theft: { premium, tax: 0, discount: 0, broker_fee: 0, cost_acquisition: 0 } },
    product_data: {},
  };
}

describe("Seyna sandbox (stateful by default)", () => {
  let mock: RunningMock;
  let seyna: ReturnType<typeof createSeynaClient>;
  beforeAll(async () => {
    mock = await startMock("seyna", { port: 0 });
    seyna = createSeynaClient({
      baseUrl: mock.url,
      apiKeyId: "key-id",
      apiKeySecret: "key-secret",
      retry: { maxRetries: 0 },
    } as never);
  });
  afterAll(async () => {
    await mock?.stop();
  });
  beforeEach(() => mock.reset());

  it("stores a PUT, bumps its version on each PUT, and answers what was stored on GET", async () => {
    const path = { portfolio_id, contract_id: "ctr-sync-1" };
    const first = await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
      params: { path },
      body: contract("REF-1") as never,
    });
    expect(first).toMatchObject({ object: "contract", id: "ctr-sync-1", portfolio_id, version: 1, reference: "REF-1" });
    const second = await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
      params: { path },
      body: contract("REF-2") as never,
    });
    expect(second.version).toBe(2);
    const read = await seyna.throwing.GET("/portfolios/{portfolio_id}/contracts/{contract_id}", { params: { path } });
    expect(read).toEqual(second);
    const versions = await seyna
      .paginate("/portfolios/{portfolio_id}/contract-versions", { params: { path: { portfolio_id } } })
      .toArray();
    expect(versions.filter((item) => item.id === "ctr-sync-1").map((item) => [item.version, item.reference])).toEqual([
      [1, "REF-1"],
      [2, "REF-2"],
    ]);
  });

  it("files an object under the portfolio and id its URL names, whatever ids its body carries", async () => {
    const path = { portfolio_id, contract_id: "ctr-url-wins" };
    const body = { ...contract("REF-URL"), portfolio_id: "pf_elsewhere", id: "ctr-body-id" };
    const stored = await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
      params: { path },
      body: body as never,
    });
    expect(stored).toMatchObject({ object: "contract", portfolio_id, id: "ctr-url-wins", version: 1 });
    const read = await seyna.throwing.GET("/portfolios/{portfolio_id}/contracts/{contract_id}", { params: { path } });
    expect(read).toMatchObject({ portfolio_id, id: "ctr-url-wins" });
  });

  it("answers an id never stored, and a portfolio that does not exist, with the documented 404 in Seyna's shape", async () => {
    for (const path of [
      { portfolio_id, contract_id: "ctr-never-stored" },
      { portfolio_id: "pf_unknown", contract_id: "ctr-000123" },
    ]) {
      const failure = await seyna.throwing
        .GET("/portfolios/{portfolio_id}/contracts/{contract_id}", { params: { path } })
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(NotFoundError);
      const body = (failure as NotFoundError).body as Record<string, unknown>;
      expect(body).toMatchObject({ object: "error", status: 404, type: "not_found" });
      expect(String(body.msg)).toContain(path.portfolio_id === "pf_unknown" ? "pf_unknown" : "ctr-never-stored");
    }
    const put = await fetch(`${mock.url}/portfolios/pf_unknown/contracts/c1`, {
      method: "PUT",
      headers: { authorization: `Basic ${Buffer.from("a:b").toString("base64")}`, "content-type": "application/json" },
      body: JSON.stringify(contract("REF")),
    });
    expect(put.status).toBe(404);
  });

  it("pages with limit, sort, from and next exactly as the contract says, so paginate() walks every stored object", async () => {
    for (let index = 0; index < 25; index++) {
      await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path: { portfolio_id, contract_id: `ctr-page-${String(index).padStart(2, "0")}` } },
        body: contract(`REF-${index}`) as never,
      });
    }
    const ids = (
      await seyna
        .paginate("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id } }, pageSize: 7 })
        .toArray()
    ).map((item) => item.id);
    expect(ids.filter((id) => id.startsWith("ctr-page-"))).toHaveLength(25);
    expect(ids).toEqual([...ids].sort());
    const auth = { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` };
    const last = await fetch(`${mock.url}/portfolios/${portfolio_id}/contracts?limit=100&sort=desc`, { headers: auth });
    const body = (await last.json()) as { data: { id: string }[]; next?: string };
    expect(body.next).toBeUndefined(); // absent on the last page, never null
    expect(body.data.map((item) => item.id)).toEqual([...ids].reverse());
    // A cursor naming no stored item seeks to where it would be, rather than being refused.
    const seek = Buffer.from("ctr-page-20").toString("base64url");
    const sought = await fetch(`${mock.url}/portfolios/${portfolio_id}/contracts?from=${seek}&limit=100`, {
      headers: auth,
    });
    expect(((await sought.json()) as { data: { id: string }[] }).data.map((item) => item.id)).toEqual(
      ids.filter((id) => id >= "ctr-page-20"),
    );
  });

  it("reports accounting violations of the stored state through the report endpoint and a response header", async () => {
    const auth = { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` };
    const before = (await (await fetch(`${mock.url}${SANDBOX_REPORT_PATH}`)).json()) as { violations: unknown[] };
    await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
      params: { path: { portfolio_id, contract_id: "ctr-no-receipts" } },
      body: contract("REF-X", 120) as never,
    });
    const answer = await fetch(`${mock.url}${SANDBOX_REPORT_PATH}`);
    const report = (await answer.json()) as {
      coherent: boolean;
      violations: { object: string; rule: string; message: string }[];
    };
    expect(report.coherent).toBe(false);
    const mine = report.violations.filter((violation) => violation.object.endsWith("/ctr-no-receipts"));
    expect(mine.map((violation) => violation.rule)).toContain("receipts-sum-to-contract");
    expect(report.violations.length).toBeGreaterThan(before.violations.length);
    const header = (await fetch(`${mock.url}/portfolios`, { headers: auth })).headers.get(VIOLATIONS_HEADER);
    expect(Number(header)).toBe(report.violations.length);
  });

  it("reset() and POST /__sandbox/reset forget what was stored", async () => {
    const path = { portfolio_id, contract_id: "ctr-forget-me" };
    const stored = async () =>
      (
        await fetch(`${mock.url}/portfolios/${portfolio_id}/contracts/ctr-forget-me`, {
          headers: { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` },
        })
      ).status;
    await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
      params: { path },
      body: contract("R") as never,
    });
    expect(await stored()).toBe(200);
    mock.reset();
    expect(await stored()).toBe(404);
    await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
      params: { path },
      body: contract("R") as never,
    });
    expect((await fetch(`${mock.url}${SANDBOX_RESET_PATH}`, { method: "POST" })).status).toBe(200);
    expect(await stored()).toBe(404);
  });

  it("stateful: false is plain Prism: a PUT is forgotten and GET answers the documented example", async () => {
    const plain = await startMock("seyna", { port: 0, stateful: false });
    try {
      const client = createSeynaClient({ baseUrl: plain.url, apiKeyId: "a", apiKeySecret: "b" } as never);
      await client.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path: { portfolio_id, contract_id: "ctr-x" } },
        body: contract("R") as never,
      });
      const read = await client.throwing.GET("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path: { portfolio_id, contract_id: "ctr-x" } },
      });
      expect(read.id).toBe("ctr-000123");
    } finally {
      await plain.stop();
    }
  });
});
