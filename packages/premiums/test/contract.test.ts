// Every operation through the client against a real Prism mock of the bundled contract.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@partner-apis/mocks";
import { createApiClient } from "@partner-apis/runtime";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  BadRequestError,
  type CompanyImportCsvFormat,
  type CompanyUpdate,
  companiesCsv,
  createPremiumsClient,
  csvBody,
  type PremiumsClient,
  type paths,
  type Seance,
  type SeanceSimulatePeriodClosed,
  type SeanceUpdate,
  type SimulateResponse,
  type TraineeImportCsvFormat,
  traineesCsv,
  UnauthorizedError,
} from "../src/index.js";
import { example } from "./spec.js";

let mock: RunningMock;
let client: PremiumsClient;
let tokenRequests = 0;

beforeAll(async () => {
  mock = await startMock("premiums", { port: 0 });
  client = createPremiumsClient({
    baseUrl: mock.url,
    clientId: "partner-client",
    clientSecret: "partner-secret",
    // Count the token requests the client makes to the mock's /oauth2/token.
    fetch: (input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith("/oauth2/token")) tokenRequests++;
      return globalThis.fetch(input, init);
    },
  });
}, 60_000);

afterAll(async () => {
  await mock?.stop();
});

describe("every operation answers 2xx with its example", () => {
  it("executes a seance (documented)", async () => {
    const { data, error, response } = await client.POST("/v2/seance", {
      body: example<Seance>("ExecuteSeanceRequest"),
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expectTypeOf(data).toEqualTypeOf<SimulateResponse | undefined>();
    expect(data).toEqual(example("ExecuteSeanceResponse"));
    expect(data?.data.premiums[0]?.rejection_details).toBe("COMPANY_COLLECTIVE_CREDIT_MAX");
    expect(data?.data.status_details).toBe("NO_PREMIUM_MATCHED");
  });

  it("fetched one token from the mock's /oauth2/token and reuses it", async () => {
    await client.POST("/v2/seance", { body: example<Seance>("ExecuteSeanceRequest") });
    expect(tokenRequests).toBe(1);
  });

  it("simulates a period close (documented)", async () => {
    const data = await client.throwing.POST("/v2/seance/period/simulate-closed", {
      body: example<SeanceSimulatePeriodClosed>("SimulatePeriodClosedRequest"),
    });
    expect(data).toEqual(example("SimulatePeriodClosedResponse"));
    expect(data.data.status_details).toBe("SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS");
    expect(data.request.period_start).toBe("2025-01-01");
  });

  it("cancels a seance", async () => {
    const data = await client.throwing.POST("/v2/seance/cancel", { body: example<Seance>("CancelSeanceRequest") });
    expect(data).toEqual(example("CancelSeanceResponse"));
  });

  it("updates a seance", async () => {
    const data = await client.throwing.PATCH("/v2/seance/{seance_uid}", {
      params: { path: { seance_uid: "seance-88412" } },
      body: example<SeanceUpdate>("UpdateSeanceRequest"),
    });
    expect(data).toEqual(example("UpdateSeanceConfirmResponse"));
    expect(data.request.transaction_uid).toBe("tx-20250315-0002");
  });

  it("updates a company", async () => {
    const data = await client.throwing.PATCH("/v2/company/{company_uid}", {
      params: { path: { company_uid: "company-1042" } },
      body: example<CompanyUpdate>("UpdateCompanyRequest"),
    });
    expect(data).toEqual(example("UpdateCompanyResponse"));
  });

  it("imports companies as JSON", async () => {
    const data = await client.throwing.PUT("/v2/company/import", {
      body: example<CompanyImportCsvFormat[]>("ImportCompaniesRequest"),
    });
    expect(data).toEqual(example("ImportCompaniesResponse"));
  });

  it("bulk imports companies as text/csv", async () => {
    const rows = example<CompanyImportCsvFormat[]>("ImportCompaniesRequest");
    const data = await client.throwing.POST("/v2/company/import/bulk", csvBody(companiesCsv(rows)));
    expect(data).toEqual(example("ImportCompaniesResponse"));
  });

  it("bulk imports companies as a multipart upload", async () => {
    const form = new FormData();
    form.set(
      "file",
      new Blob([example<{ file: string }>("BulkImportCompaniesMultipart").file], { type: "text/csv" }),
      "companies.csv",
    );
    // openapi-typescript types a multipart file part as a string; FormData goes through untouched at runtime.
    const { data, response } = await client.POST("/v2/company/import/bulk", {
      body: form as unknown as { file: string },
    });
    expect(response.status).toBe(200);
    expect(data).toEqual(example("ImportCompaniesResponse"));
  });

  it("imports trainees as JSON", async () => {
    const data = await client.throwing.PUT("/v2/trainee/import", {
      body: example<TraineeImportCsvFormat[]>("ImportTraineesRequest"),
    });
    expect(data).toEqual(example("ImportTraineesResponse"));
  });

  it("bulk imports trainees as text/csv", async () => {
    const rows = example<TraineeImportCsvFormat[]>("ImportTraineesRequest");
    const data = await client.throwing.POST("/v2/trainee/import/bulk", csvBody(traineesCsv(rows)));
    expect(data).toEqual(example("ImportTraineesResponse"));
  });
});

describe("without credentials the mock answers 401, and the caller can branch on it", () => {
  // No auth provider: the request goes out without an Authorization header.
  let anonymous: ReturnType<typeof createApiClient<paths>>;
  beforeAll(() => {
    anonymous = createApiClient<paths>({ baseUrl: mock.url, retry: false });
  });

  it("result style: error is set and response.status is 401", async () => {
    const { data, error, response } = await anonymous.POST("/v2/seance", {
      body: example<Seance>("ExecuteSeanceRequest"),
    });
    expect(data).toBeUndefined();
    expect(error).toBeDefined();
    expect(response.status).toBe(401);
  });

  it("throwing style: rejects with UnauthorizedError (status 401, the body attached)", async () => {
    const call = anonymous.throwing.POST("/v2/seance/period/simulate-closed", {
      body: example<SeanceSimulatePeriodClosed>("SimulatePeriodClosedRequest"),
    });
    const error: unknown = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).status).toBe(401);
    expect((error as UnauthorizedError).body).toBeTruthy();
  });

  it("the token endpoint itself needs no bearer token", async () => {
    const response = await fetch(`${mock.url}/oauth2/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "a",
        client_secret: "b",
        scope: "premiums:write",
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(example("TokenResponse"));
  });
});

describe("an invalid body is refused with a 4xx that names the field", () => {
  const valid = () => example<Seance>("ExecuteSeanceRequest");

  /** The status and the full text of the answer (body and headers), where the field must be named. */
  async function refused(body: unknown): Promise<{ status: number; text: string; error: unknown }> {
    const { error, response } = await client.POST("/v2/seance", { body: body as Seance });
    return { status: response.status, text: JSON.stringify(error), error };
  }

  it("a missing required field", async () => {
    const { seance_date: _omitted, ...body } = valid();
    const { status, text } = await refused(body);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(text).toContain("seance_date");
  });

  it("a field of the wrong type", async () => {
    const { status, text } = await refused({ ...valid(), seance_duration: "7.5" });
    expect([400, 422]).toContain(status);
    expect(text).toContain("seance_duration");
  });

  it("a misspelled field (request objects are closed)", async () => {
    const { seance_duration, ...rest } = valid();
    const { status, text } = await refused({ ...rest, seance_durration: seance_duration });
    expect([400, 422]).toContain(status);
    expect(text).toContain("seance_durration");
  });

  // The page types seance_date as a string and shows no format, so only the type is enforced.
  it("a date that is not a string", async () => {
    const { status, text } = await refused({ ...valid(), seance_date: 20250314 });
    expect([400, 422]).toContain(status);
    expect(text).toContain("seance_date");
  });

  it("throwing style: rejects with BadRequestError", async () => {
    const call = client.throwing.PATCH("/v2/company/{company_uid}", {
      params: { path: { company_uid: "company-1042" } },
      body: { company_pc: 149.01 } as unknown as CompanyUpdate,
    });
    const error: unknown = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(JSON.stringify((error as BadRequestError).body)).toContain("company_pc");
  });
});

describe("the README's runnable example", () => {
  it("runs against the mock", async () => {
    const example = fileURLToPath(new URL("../examples/quickstart.mjs", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [example], {
      env: { ...process.env, PREMIUMS_MOCK_URL: mock.url },
    });
    expect(stdout).toContain("execute: NO_PREMIUM_MATCHED");
    expect(stdout).toContain(
      "COMPANY_COLLECTIVE_CREDIT: approved 0 h (0.00 EUR), rejected 7.5 h (COMPANY_COLLECTIVE_CREDIT_MAX)",
    );
    expect(stdout).toContain("simulate-closed: SEANCE_SIMULATE_PERIOD_CLOSED_SUCCESS");
  }, 30_000);
});
