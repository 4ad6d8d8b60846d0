// Compile-time guarantees, checked by vitest's typecheck in `pnpm test` and by `pnpm typecheck`: each
// expected error must be one; compile.test.ts compiles the same kind of snippets with the compiler.
import { describe, expectTypeOf, it } from "vitest";
import {
  type Claim,
  type ClaimInput,
  type ClaimLike,
  type Contract,
  type ContractInput,
  type ContractLike,
  createSeynaClient,
  type ErrorBody,
  isHttpError,
  isSeynaError,
  type Receipt,
  type ReceiptInput,
  type ReceiptLike,
  type Settlement,
  type SettlementInput,
  type SettlementLike,
  type SeynaPager,
} from "../src/index.js";
import { contractInputExample } from "./helpers/examples.js";

const seyna = createSeynaClient({ baseUrl: "http://127.0.0.1:9/v2", apiKeyId: "id", apiKeySecret: "secret" });
const path = { portfolio_id: "pf_home_2024", contract_id: "ctr-000123" };

describe("types", () => {
  it("infers paginate's item type from the list path", () => {
    expectTypeOf(seyna.paginate("/portfolios/{portfolio_id}/contracts", { params: { path } })).toEqualTypeOf<
      SeynaPager<Contract>
    >();
    expectTypeOf(seyna.paginate("/portfolios/{portfolio_id}/receipt-versions", { params: { path } })).toEqualTypeOf<
      SeynaPager<Receipt>
    >();
  });

  it("types a PUT's result as the stored object", () => {
    const put = () =>
      seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path },
        body: contractInputExample(),
      });
    expectTypeOf<Awaited<ReturnType<typeof put>>>().toEqualTypeOf<Contract>();
  });

  it("refuses a misspelled field in a PUT body", () => {
    const body = contractInputExample();
    // @ts-expect-error `refrence` is not a field of ContractInput
    const typo: ContractInput = { ...body, refrence: "POL-1" };
    void typo;
    const put = () =>
      seyna.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path },
        // @ts-expect-error `coinsurence` is not a field of ContractInput
        body: { ...body, coinsurence: 1 },
      });
    void put;
  });

  it("refuses a misspelled field in the throwing twin's body, and a wrong type", () => {
    const body = contractInputExample();
    const put = () => {
      void seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path },
        // @ts-expect-error `refrence` is not a field of ContractInput
        body: { ...body, refrence: "POL-1" },
      });
      void seyna.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path },
        // @ts-expect-error reference is a string
        body: { ...body, reference: 123 },
      });
      // @ts-expect-error `portfolioid` is not a path parameter
      void seyna.GET("/portfolios/{portfolio_id}", { params: { path: { portfolioid: "pf" } } });
    };
    void put;
  });

  it("keeps per-request extras and types thrown error bodies without a cast", async () => {
    try {
      await seyna.throwing.GET("/portfolios/{portfolio_id}/contracts", {
        params: { path },
        retry: { maxRetries: 0 },
        timeoutMs: 5_000,
        headers: { "x-trace": "1" },
      });
    } catch (error) {
      if (isHttpError<ErrorBody>(error)) expectTypeOf(error.body).toEqualTypeOf<ErrorBody>();
      if (isSeynaError(error, "get", "/portfolios/{portfolio_id}/contracts") && error.status === 404)
        expectTypeOf(error.body).toEqualTypeOf<ErrorBody>();
    }
  });

  it("refuses a misspelled or out-of-enum query parameter", () => {
    const list = () => {
      // @ts-expect-error `limt` is not a parameter
      void seyna.GET("/portfolios/{portfolio_id}/contracts", { params: { path, query: { limt: 5 } } });
      void seyna.throwing.GET("/portfolios/{portfolio_id}/contracts", {
        // @ts-expect-error sort is "asc" | "desc"
        params: { path, query: { sort: "sideways" } },
      });
    };
    void list;
  });

  it("refuses a PUT body missing a required field", () => {
    const { reference: _dropped, ...withoutReference } = contractInputExample();
    const put = () =>
      seyna.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path },
        // @ts-expect-error `reference` is required
        body: withoutReference,
      });
    void put;
  });

  it("refuses server-managed fields in a PUT body", () => {
    const put = () =>
      seyna.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
        params: { path },
        // @ts-expect-error `version` is set by Seyna
        body: { ...contractInputExample(), version: 2 },
      });
    void put;
  });

  it("passes stored objects and PUT bodies to the accounting rules of @partner-apis/seyna-accounting", () => {
    // The rules declare the fields they read structurally; the generated types must keep fitting them.
    expectTypeOf<Contract>().toExtend<ContractLike>();
    expectTypeOf<ContractInput>().toExtend<ContractLike>();
    expectTypeOf<Receipt>().toExtend<ReceiptLike>();
    expectTypeOf<ReceiptInput>().toExtend<ReceiptLike>();
    expectTypeOf<Claim>().toExtend<ClaimLike>();
    expectTypeOf<ClaimInput>().toExtend<ClaimLike>();
    expectTypeOf<Settlement>().toExtend<SettlementLike>();
    expectTypeOf<SettlementInput>().toExtend<SettlementLike>();
  });
});
