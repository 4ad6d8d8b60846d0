// Compile-time checks (run by vitest's typecheck and by `pnpm typecheck`): the generated types
// reject what the contract rejects.
import { describe, expectTypeOf, it } from "vitest";
import {
  type CashFlowFrequency,
  type components,
  createCoandaClient,
  type ErrorBody,
  type ErrorResponse,
  type FreeManagementSimulationRequest,
  type GlidepathManagementSimulationRequest,
  isHttpError,
  type PremiaContributionFrequency,
  type PremiaSessionRequest,
  type PremiaSessionResponse,
  type paths,
  type SimulationResult,
} from "../src/index.js";

const coanda = createCoandaClient({
  baseUrl: "http://127.0.0.1:4011",
  username: "partner@example.com",
  password: "secret",
});

const premia: PremiaSessionRequest = {
  recoJourneyUuid: "aaaic:reco_journeys:4",
  extProductCode: "PERZEN",
  extSessionCode: "123456",
  clientLastName: "Dupont",
  clientFirstName: "Claire",
  clientBirthDate: "19800101",
};

const free: FreeManagementSimulationRequest = {
  simulator_uuid: "aaaic:simulators:243",
  horizon: 60,
  start_date: "202008",
  portfolio_composition: [{ isin: "LU1883308352", currency: "EUR", percentage: 100 }],
};

describe("request types", () => {
  it("reject a misspelt field", () => {
    // @ts-expect-error `clientBirthdate` is not a field (it is clientBirthDate)
    const misspelt: PremiaSessionRequest = { ...premia, clientBirthdate: "19800101" };
    // @ts-expect-error `horizn` is not a field
    const typo: FreeManagementSimulationRequest = { ...free, horizn: 60 };
    // Inline in a call: the runtime types `init` exactly, so the call itself rejects the typo.
    // @ts-expect-error `horizn` is not a field
    void coanda.POST("/simulator-service/simulator/free_management", { body: { ...free, horizn: 60 } });
    // The throwing twin, literal without spread.
    void coanda.throwing.POST("/premia/api/v1/sessions", {
      body: {
        recoJourneyUuid: "aaaic:reco_journeys:4",
        extProductCode: "PERZEN",
        extSessionCode: "123456",
        clientLastName: "Dupont",
        clientFirstName: "Claire",
        clientBirthDate: "19800101",
        // @ts-expect-error `clientBirthdate` is not a field (it is clientBirthDate)
        clientBirthdate: "19800101",
      },
    });
    // @ts-expect-error `usename` is not a query parameter of the token endpoint
    void coanda.GET("/user-service/v1/token/acquire", { params: { query: { usename: "u", password: "p" } } });
    // Per-request extras stay allowed beside the exact body.
    void coanda.POST("/simulator-service/simulator/free_management", {
      body: free,
      retry: false,
      timeoutMs: 5_000,
      headers: { "x-trace": "1" },
    });
    void misspelt;
    void typo;
  });

  it("reject a wrong type in a call", () => {
    // @ts-expect-error horizon is an integer (number), not a string
    void coanda.POST("/simulator-service/simulator/free_management", { body: { ...free, horizon: "60" } });
    // @ts-expect-error a Premia body is not a simulation request
    void coanda.POST("/simulator-service/simulator/free_management", { body: premia });
  });

  it("require the documented mandatory fields", () => {
    // @ts-expect-error age is mandatory on glidepath
    const noAge: GlidepathManagementSimulationRequest = {
      simulator_uuid: "aaaic:simulators:170",
      horizon: 60,
      start_date: "202008",
      profile_idx: 2,
    };
    const { clientBirthDate: _, ...rest } = premia;
    // @ts-expect-error clientBirthDate is mandatory
    const noBirthDate: PremiaSessionRequest = rest;
    void noAge;
    void noBirthDate;
  });

  it("take exactly one start-date spelling", () => {
    const { start_date: _, ...withoutStart } = free;
    const withSimulationStart: FreeManagementSimulationRequest = { ...withoutStart, simulation_start_date: "202008" };
    // @ts-expect-error both spellings at once
    const both: FreeManagementSimulationRequest = {
      ...withoutStart,
      start_date: "202008",
      simulation_start_date: "202008",
    };
    // @ts-expect-error neither spelling
    const neither: FreeManagementSimulationRequest = withoutStart;
    void withSimulationStart;
    void both;
    void neither;
  });

  it("keep the two frequency enums apart", () => {
    expectTypeOf<CashFlowFrequency>().toEqualTypeOf<"MONTHLY" | "QUARTERLY" | "YEARLY" | "SEMI_ANNUALLY">();
    expectTypeOf<PremiaContributionFrequency>().toEqualTypeOf<"MONTHLY" | "QUARTERLY" | "SEMIANNUALLY" | "ANNUALLY">();
    // @ts-expect-error SEMI_ANNUALLY is the simulators' spelling, not Premia's
    const wrong: PremiaSessionRequest = { ...premia, regularContributionsFrequency: "SEMI_ANNUALLY" };
    void wrong;
  });

  it("accept null for minTaxonomyAlignment only", () => {
    const nullable: PremiaSessionRequest = { ...premia, minTaxonomyAlignment: null };
    // @ts-expect-error minCoveragePai is a number
    const notNullable: PremiaSessionRequest = { ...premia, minCoveragePai: null };
    void nullable;
    void notNullable;
  });
});

describe("conditional Premia amounts", () => {
  it("reject a flag set to true without its amount", () => {
    // @ts-expect-error depositInitialEnabled: true requires depositInitial
    const noDeposit: PremiaSessionRequest = { ...premia, depositInitialEnabled: true };
    // @ts-expect-error periodicDepositsEnabled: true requires regularContributionsAmount
    const noContribution: PremiaSessionRequest = { ...premia, periodicDepositsEnabled: true };
    // The same rule inline in a call.
    // @ts-expect-error depositInitialEnabled: true requires depositInitial
    void coanda.POST("/premia/api/v1/sessions", { body: { ...premia, depositInitialEnabled: true } });
    void noDeposit;
    void noContribution;
  });

  it("accept a true flag with its amount, and a false or absent flag without it", () => {
    const withDeposit: PremiaSessionRequest = { ...premia, depositInitialEnabled: true, depositInitial: 5000 };
    const withContribution: PremiaSessionRequest = {
      ...premia,
      periodicDepositsEnabled: true,
      regularContributionsAmount: 500,
    };
    const flagsFalse: PremiaSessionRequest = {
      ...premia,
      depositInitialEnabled: false,
      periodicDepositsEnabled: false,
    };
    const amountWithoutFlag: PremiaSessionRequest = { ...premia, depositInitial: 5000 };
    // The page's two examples: a new subscription with an initial deposit, and an existing contract
    // with periodic deposits and no initial deposit.
    const pageExample1: PremiaSessionRequest = { ...premia, depositInitialEnabled: true, depositInitial: 5000 };
    const pageExample2: PremiaSessionRequest = {
      ...premia,
      depositInitialEnabled: false,
      periodicDepositsEnabled: true,
      regularContributionsAmount: 500,
      regularContributionsFormat: "CHOSEN_FREQUENCY",
      regularContributionsFrequency: "MONTHLY",
    };
    void coanda.POST("/premia/api/v1/sessions", { body: withDeposit });
    void [withContribution, flagsFalse, amountWithoutFlag, pageExample1, pageExample2];
  });
});

describe("response types", () => {
  it("type the simulation result and the session hash", async () => {
    const result = await coanda.throwing.POST("/simulator-service/simulator/free_management", { body: free });
    expectTypeOf(result).toEqualTypeOf<SimulationResult>();
    expectTypeOf(result.statistics.sharp_ratio["quantile_97.5"]).toEqualTypeOf<number>();
    const session = await coanda.throwing.POST("/premia/api/v1/sessions", { body: premia });
    expectTypeOf(session).toEqualTypeOf<PremiaSessionResponse>();
    expectTypeOf(session.sessionHash).toEqualTypeOf<string>();
  });

  it("type a thrown error's body without a cast", async () => {
    try {
      await coanda.throwing.POST("/premia/api/v1/sessions", { body: premia });
    } catch (error) {
      if (isHttpError<ErrorBody<paths, "/premia/api/v1/sessions", "post">>(error))
        expectTypeOf(error.body).toEqualTypeOf<ErrorResponse>();
    }
  });

  it("expose paths and components", () => {
    expectTypeOf<paths["/user-service/v1/token/acquire"]["get"]["parameters"]["query"]>().toEqualTypeOf<{
      username: string;
      password: string;
    }>();
    expectTypeOf<components["schemas"]["PremiaSessionResponse"]>().toEqualTypeOf<PremiaSessionResponse>();
  });
});
