// Type tests, run by vitest's typecheck and by `pnpm typecheck` (tsc): each @ts-expect-error must be an error.
import { describe, expectTypeOf, it } from "vitest";
import {
  type BadRequestWithSessionInformationError,
  type components,
  createPremiumsClient,
  isPremiumsError,
  type Premium,
  type Seance,
  type SeanceConfirmSuccess,
  type SeancePaidConfirmSuccess,
  type SimulateResponse,
  UnauthorizedError,
  type UnauthorizedErrorBody,
} from "../src/index.js";

const client = createPremiumsClient({ clientId: "id", clientSecret: "secret" });
const seance: Seance = {
  transaction_uid: "tx-1",
  company_uid: "company-1",
  trainee_uid: "trainee-1",
  seance_uid: "seance-1",
  seance_date: "2025-03-14",
  seance_duration: 7.5,
  premium_type: "COMPANY_COLLECTIVE_CREDIT",
  trainee_pc: "149.01",
  trainee_etp: "1.00",
};

describe("types", () => {
  it("request bodies are checked exactly", async () => {
    await client.POST("/v2/seance", { body: seance });

    // @ts-expect-error a misspelled field does not compile
    await client.POST("/v2/seance", { body: { ...seance, seance_durration: 7.5 } });

    // @ts-expect-error the throwing twin checks the body exactly too
    await client.throwing.POST("/v2/seance", { body: { ...seance, seance_durration: 7.5 } });

    // A misspelled field in an inline literal (no spread):
    await client.POST("/v2/seance/period/simulate-closed", {
      // @ts-expect-error 'emial' is not a field of the simulation
      body: { period_start: "2025-01-01", period_end: "2025-12-31", emial: "a@example.com" },
    });

    // Per-request extras are still accepted next to the exact body.
    await client.POST("/v2/seance", {
      body: seance,
      retry: false,
      timeoutMs: 5_000,
      signal: AbortSignal.timeout(5_000),
      headers: { "x-trace": "1" },
    });

    // @ts-expect-error seance_duration is a number, not a string
    await client.POST("/v2/seance", { body: { ...seance, seance_duration: "7.5" } });

    const { trainee_etp: _omitted, ...withoutEtp } = seance;
    // @ts-expect-error a required field is missing
    await client.POST("/v2/seance", { body: withoutEtp });

    // @ts-expect-error the body is required
    await client.POST("/v2/seance", {});

    await client.POST("/v2/seance/period/simulate-closed", {
      // @ts-expect-error email is required by the simulation
      body: { period_start: "2025-01-01", period_end: "2025-12-31" },
    });

    // @ts-expect-error an unknown path does not compile
    await client.POST("/v2/seances", { body: seance });

    // @ts-expect-error PATCH needs the seance_uid path parameter
    await client.PATCH("/v2/seance/{seance_uid}", { body: { transaction_uid: "tx-2", seance_duration: 4 } });

    await client.PATCH("/v2/company/{company_uid}", {
      params: { path: { company_uid: "c" } },
      // @ts-expect-error company_pc is a string
      body: { company_pc: 149.01 },
    });

    // @ts-expect-error import rows are an array of rows
    await client.PUT("/v2/company/import", { body: { company_uid: "c", company_pc: "149.01" } });
  });

  it("responses are typed from the spec", async () => {
    const { data, error } = await client.POST("/v2/seance", { body: seance });
    expectTypeOf(data).toEqualTypeOf<SimulateResponse | undefined>();
    if (error) {
      // Error bodies are typed from the spec and discriminated by their `status`.
      expectTypeOf(error.status).toEqualTypeOf<400 | 401 | 429 | 500>();
      if (error.status === 400) {
        expectTypeOf(error).toExtend<BadRequestWithSessionInformationError>();
        expectTypeOf(error.data.messages.seance_date).toEqualTypeOf<string[] | undefined>();
      }
      if (error.status === 401) expectTypeOf(error).toExtend<UnauthorizedErrorBody>();
      if (error.status === 429) expectTypeOf(error).toExtend<components["schemas"]["TooManyRequestsMessagesError"]>();
    }
    if (data) {
      expectTypeOf(data.data.premiums).toEqualTypeOf<Premium[]>();
      expectTypeOf(data.data.premiums[0]!.approved_hours).toEqualTypeOf<number>();
      expectTypeOf(data.data.premiums[0]!.approved_credit_eur).toEqualTypeOf<string>();
      expectTypeOf(data.request).toEqualTypeOf<Seance>();
    }

    const thrown = await client.throwing.POST("/v2/seance", { body: seance });
    expectTypeOf(thrown).toEqualTypeOf<SimulateResponse>();
    // @ts-expect-error no such field in the response
    void thrown.data.premium;

    const updated = await client.throwing.PATCH("/v2/seance/{seance_uid}", {
      params: { path: { seance_uid: "seance-1" } },
      body: { transaction_uid: "tx-2", seance_duration: 4 },
    });
    // Both ways rather than toEqualTypeOf: the echoed `request` is an open object (an index signature in an
    // intersection), which expect-type's strict identity check cannot compare through the union.
    expectTypeOf(updated).toExtend<SeanceConfirmSuccess | SeancePaidConfirmSuccess>();
    expectTypeOf<SeanceConfirmSuccess | SeancePaidConfirmSuccess>().toExtend<typeof updated>();

    const simulated = await client.throwing.POST("/v2/seance/period/simulate-closed", {
      body: { period_start: "2025-01-01", period_end: "2025-12-31", email: "finance@example.com" },
    });
    expectTypeOf(simulated.request.period_end).toEqualTypeOf<string>();
  });

  it("thrown error bodies are typed without a cast", async () => {
    try {
      await client.throwing.POST("/v2/seance", { body: seance });
    } catch (error) {
      // No cast: the guard names the operation whose error body it is.
      if (isPremiumsError(error, "post", "/v2/seance")) {
        expectTypeOf(error.body.status).toEqualTypeOf<400 | 401 | 429 | 500>();
        // Narrowing the error's own status narrows its body: no cast, no second check.
        if (error.status === 400)
          expectTypeOf(error.body.data.messages.seance_date).toEqualTypeOf<string[] | undefined>();
        if (error.status === 401) expectTypeOf(error.body).toEqualTypeOf<UnauthorizedErrorBody>();
      }
      // @ts-expect-error: /v2/seance has no GET
      isPremiumsError(error, "get", "/v2/seance");
    }
  });

  it("the error class is not the body type", () => {
    const error = undefined as unknown;
    // The class keeps the name; the schema type is UnauthorizedErrorBody.
    if (error instanceof UnauthorizedError) expectTypeOf(error.status).toEqualTypeOf<number>();
    expectTypeOf<UnauthorizedErrorBody["status"]>().toEqualTypeOf<401>();
  });
});
