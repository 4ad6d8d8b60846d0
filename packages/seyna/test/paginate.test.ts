import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  type Claim,
  type Contract,
  createSeynaClient,
  NotFoundError,
  PaginationError,
  type Portfolio,
  type SeynaPage,
} from "../src/index.js";
import { contractExample } from "./helpers/examples.js";
import { cursorFor, type ListRoute, type ListServer, startListServer } from "./helpers/list-server.js";

const PORTFOLIO = "pf_home_2024";
const CONTRACTS = `/portfolios/${PORTFOLIO}/contracts`;
const credentials = { apiKeyId: "key_test_123", apiKeySecret: "s3cr3t" };

/** n contracts ctr-001… built from the spec's example. */
function contracts(n: number): Contract[] {
  return Array.from({ length: n }, (_, i) => ({ ...contractExample(), id: `ctr-${String(i + 1).padStart(3, "0")}` }));
}

let server: ListServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(routes: Record<string, ListRoute>) {
  server = await startListServer(routes);
  return { seyna: createSeynaClient({ ...credentials, baseUrl: server.baseUrl, retry: false }), server };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("seyna.paginate", () => {
  it("follows next through from across a real multi-page chain, passing limit and sort on every page", async () => {
    const { seyna, server } = await clientFor({ [CONTRACTS]: { items: contracts(25) } });
    const ids: string[] = [];
    for await (const contract of seyna.paginate("/portfolios/{portfolio_id}/contracts", {
      params: { path: { portfolio_id: PORTFOLIO }, query: { sort: "desc" } },
      pageSize: 10,
    })) {
      expectTypeOf(contract).toEqualTypeOf<Contract>();
      ids.push(contract.id);
    }
    expect(ids).toHaveLength(25);
    expect(ids[0]).toBe("ctr-025");
    expect(ids.at(-1)).toBe("ctr-001");
    expect(server.requests.map((r) => r.query)).toEqual([
      { limit: "10", sort: "desc" },
      { limit: "10", sort: "desc", from: cursorFor(10) },
      { limit: "10", sort: "desc", from: cursorFor(20) },
    ]);
    expect(server.requests.every((r) => r.path === `/v2${CONTRACTS}` && r.method === "GET")).toBe(true);
  });

  it("sends HTTP Basic base64(apiKeyId:apiKeySecret)", async () => {
    const { seyna, server } = await clientFor({ [CONTRACTS]: { items: contracts(1) } });
    await collect(
      seyna.paginate("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id: PORTFOLIO } } }),
    );
    expect(server.requests[0]?.authorization).toBe(`Basic ${Buffer.from("key_test_123:s3cr3t").toString("base64")}`);
  });

  it("makes one request and yields nothing for an empty list", async () => {
    const { seyna, server } = await clientFor({ [CONTRACTS]: { items: [] } });
    expect(
      await collect(
        seyna.paginate("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id: PORTFOLIO } } }),
      ),
    ).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("stops on a last page that has no next, without sending limit when no page size is given", async () => {
    const { seyna, server } = await clientFor({ [CONTRACTS]: { items: contracts(10) } });
    const items = await seyna
      .paginate("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id: PORTFOLIO } } })
      .toArray();
    expect(items).toHaveLength(10); // exactly Seyna's default page: one page, no next
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.query).toEqual({});
  });

  it("fails on a repeated cursor with an error naming the cursor and the page, after yielding what it fetched", async () => {
    // Page 3 answers the cursor of page 2 again: a naive loop would fetch pages 2–3 forever.
    const { seyna, server } = await clientFor({
      [CONTRACTS]: { items: contracts(50), nextOverride: (page, computed) => (page === 3 ? cursorFor(10) : computed) },
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const c of seyna.paginate("/portfolios/{portfolio_id}/contracts", {
        params: { path: { portfolio_id: PORTFOLIO } },
        pageSize: 10,
      })) {
        seen.push(c.id);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).page).toBe(3);
    expect((error as PaginationError).cursor).toBe(cursorFor(10));
    expect((error as Error).message).toContain(JSON.stringify(cursorFor(10)));
    expect((error as Error).message).toMatch(/page 3 .* already fetched page 2/);
    expect(seen).toHaveLength(30);
    expect(server.requests).toHaveLength(3);
  });

  it.each([0, 101, 2.5, Number.NaN, "10"])(
    "rejects pageSize %s before any request, naming the option and the range",
    async (pageSize) => {
      const { seyna, server } = await clientFor({ [CONTRACTS]: { items: contracts(3) } });
      expect(() =>
        seyna.paginate("/portfolios/{portfolio_id}/contracts", {
          params: { path: { portfolio_id: PORTFOLIO } },
          pageSize: pageSize as number,
        }),
      ).toThrow(/pageSize must be an integer from 1 to 100 \(Seyna's limit\), found/);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("accepts the bounds 1 and 100", async () => {
    const { seyna, server } = await clientFor({ [CONTRACTS]: { items: contracts(3) } });
    expect(
      await seyna
        .paginate("/portfolios/{portfolio_id}/contracts", {
          params: { path: { portfolio_id: PORTFOLIO } },
          pageSize: 1,
        })
        .toArray(),
    ).toHaveLength(3);
    expect(
      await seyna
        .paginate("/portfolios/{portfolio_id}/contracts", {
          params: { path: { portfolio_id: PORTFOLIO } },
          pageSize: 100,
        })
        .toArray(),
    ).toHaveLength(3);
    expect(server.requests.map((r) => r.query.limit)).toEqual(["1", "1", "1", "100"]);
  });

  it("stops at maxItems without fetching further pages", async () => {
    const { seyna, server } = await clientFor({ [CONTRACTS]: { items: contracts(40) } });
    const items = await seyna
      .paginate("/portfolios/{portfolio_id}/contracts", {
        params: { path: { portfolio_id: PORTFOLIO } },
        pageSize: 10,
        maxItems: 15,
      })
      .toArray();
    expect(items.map((c) => c.id)).toEqual(contracts(15).map((c) => c.id));
    expect(server.requests).toHaveLength(2);
  });

  it("yields whole numbered pages with .pages()", async () => {
    const { seyna } = await clientFor({ [CONTRACTS]: { items: contracts(5) } });
    const pages = await collect(
      seyna
        .paginate("/portfolios/{portfolio_id}/contracts", {
          params: { path: { portfolio_id: PORTFOLIO } },
          pageSize: 2,
        })
        .pages(),
    );
    expectTypeOf(pages).toEqualTypeOf<Array<SeynaPage<Contract>>>();
    expect(pages.map((p) => [p.page, p.cursor, p.items.length, p.next])).toEqual([
      [1, undefined, 2, cursorFor(2)],
      [2, cursorFor(2), 2, cursorFor(4)],
      [3, cursorFor(4), 1, undefined],
    ]);
    expect(pages[0]?.url).toBe(`/v2${CONTRACTS}?limit=2`);
  });

  it("resumes from a saved cursor passed as from", async () => {
    const { seyna, server } = await clientFor({ [CONTRACTS]: { items: contracts(6) } });
    const items = await seyna
      .paginate("/portfolios/{portfolio_id}/contracts", {
        params: { path: { portfolio_id: PORTFOLIO }, query: { from: cursorFor(4) } },
        pageSize: 2,
      })
      .toArray();
    expect(items.map((c) => c.id)).toEqual(["ctr-005", "ctr-006"]);
    expect(server.requests[0]?.query.from).toBe(cursorFor(4));
  });

  it("paginates /portfolios without params, typed as Portfolio", async () => {
    const portfolio: Portfolio = {
      object: "portfolio",
      id: PORTFOLIO,
      product_id: "prd_phone_cover",
      timezone: "Europe/Paris",
    };
    const { seyna } = await clientFor({ "/portfolios": { items: [portfolio] } });
    const all = await seyna.paginate("/portfolios").toArray();
    expectTypeOf(all).toEqualTypeOf<Portfolio[]>();
    expect(all).toEqual([portfolio]);
  });

  it("types the items of every list path from its response", () => {
    const seyna = createSeynaClient({ ...credentials, baseUrl: "http://127.0.0.1:9/v2" });
    const params = { path: { portfolio_id: PORTFOLIO } };
    expectTypeOf(seyna.paginate("/portfolios/{portfolio_id}/claim-versions", { params })).toEqualTypeOf<
      import("../src/index.js").SeynaPager<Claim>
    >();
    // @ts-expect-error a path that is not a list is refused
    seyna.paginate("/portfolios/{portfolio_id}/contracts/{contract_id}", { params });
    // @ts-expect-error a list with path parameters needs them
    seyna.paginate("/portfolios/{portfolio_id}/contracts");
    // @ts-expect-error sort is asc | desc
    seyna.paginate("/portfolios/{portfolio_id}/contracts", { params: { ...params, query: { sort: "sideways" } } });
    // @ts-expect-error the page size is pageSize, not a query limit
    seyna.paginate("/portfolios/{portfolio_id}/contracts", { params: { ...params, query: { limit: 5 } } });
  });

  it("surfaces an HTTP error of a page as the runtime's typed error", async () => {
    const { seyna } = await clientFor({});
    const error = await seyna
      .paginate("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id: "unknown" } } })
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toMatchObject({ object: "error", status: 404 });
  });
});
