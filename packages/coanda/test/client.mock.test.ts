// The client against the Coanda contract served by a real Prism process (through @partner-apis/mocks).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@partner-apis/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CoandaClient,
  coandaTokenAuth,
  createCoandaClient,
  type DelegatedManagementSimulationRequest,
  type FreeManagementSimulationRequest,
  type GlidepathManagementSimulationRequest,
  type PremiaSessionRequest,
  type SimulationResult,
  UnprocessableEntityError,
} from "../src/index.js";
import { coandaSpecPath, example } from "./helpers/spec-examples.js";

const FREE = "/simulator-service/simulator/free_management";
const DELEGATED = "/simulator-service/simulator/delegated_management";
const GLIDEPATH = "/simulator-service/simulator/glidepath_management";
const SESSIONS = "/premia/api/v1/sessions";

let mock: RunningMock;
let coanda: CoandaClient;

beforeAll(async () => {
  mock = await startMock("coanda", { port: 0, specPath: coandaSpecPath });
  coanda = createCoandaClient({
    baseUrl: mock.url,
    username: "partner@example.com",
    password: "s3cret&=%",
    retry: false,
  });
});
afterAll(() => mock?.stop());

/** Everything a 4xx says about what was wrong: the body and Prism's `sl-violations` header. */
function complaint(error: unknown, response: Response): string {
  return `${JSON.stringify(error)} ${response.headers.get("sl-violations") ?? ""}`;
}

describe("token acquisition", () => {
  it("returns a JWT the mock issued, with a real exp (an hour by default)", async () => {
    const auth = coandaTokenAuth({ baseUrl: mock.url, username: "partner@example.com", password: "testpassword" });
    const header = await auth.authorize();
    const payload = JSON.parse(Buffer.from(header.split(".")[1]!, "base64url").toString("utf8")) as {
      exp: number;
      sub: string;
    };
    expect(payload.sub).toBe("partner@example.com");
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it("is refused without a password (the query parameter is required)", async () => {
    const response = await fetch(`${mock.url}/user-service/v1/token/acquire?username=partner%40example.com`, {
      headers: { accept: "text/plain" },
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("password");
  });
});

describe("simulators answer every seed example with a typed SimulationResult", () => {
  const cases = [
    { path: FREE, name: "FreeManagementSimulationRequest" },
    { path: DELEGATED, name: "DelegatedManagementSimulationRequest" },
    { path: GLIDEPATH, name: "GlidepathManagementSimulationRequest" },
  ] as const;
  for (const { path, name } of cases) {
    for (const spelling of ["simulation_start_date", "start_date"] as const) {
      it(`${path} with ${spelling}`, async () => {
        const body = example<Record<string, unknown>>(spelling === "start_date" ? `${name}StartDate` : name);
        expect(Object.keys(body)).toContain(spelling);
        const result = await post(path, body);
        expect(result).toEqual(example<SimulationResult>("SimulationResult"));
        expect(result.statistics.annualized_return["quantile_97.5"]).toBeTypeOf("number");
        expect(result.graphs.synthesis.mid_area.high).toBeGreaterThan(result.graphs.synthesis.mid_area.low);
      });
    }
  }

  // One call per path so each request type is checked against its own operation.
  async function post(path: string, body: Record<string, unknown>): Promise<SimulationResult> {
    if (path === FREE) return coanda.throwing.POST(FREE, { body: body as FreeManagementSimulationRequest });
    if (path === DELEGATED)
      return coanda.throwing.POST(DELEGATED, { body: body as DelegatedManagementSimulationRequest });
    return coanda.throwing.POST(GLIDEPATH, { body: body as GlidepathManagementSimulationRequest });
  }
});

describe("Premia sessions", () => {
  for (const name of ["PremiaSessionNewSubscription", "PremiaSessionExistingContract"]) {
    it(`${name} → sessionHash`, async () => {
      const { data, error, response } = await coanda.POST(SESSIONS, { body: example<PremiaSessionRequest>(name) });
      expect(error).toBeUndefined();
      expect(response.status).toBe(200);
      expect(data?.sessionHash).toBe("abc123");
    });
  }
});

describe("invalid requests get a 4xx that names the field", () => {
  const premia = (edit: (body: Record<string, unknown>) => void, base = "PremiaSessionExistingContract") => {
    const body = example<Record<string, unknown>>(base);
    edit(body);
    return body as PremiaSessionRequest;
  };
  const cases: { title: string; path: string; body: unknown; field: string }[] = [
    {
      title: "depositInitialEnabled true without depositInitial",
      path: SESSIONS,
      body: premia((b) => delete b.depositInitial, "PremiaSessionNewSubscription"),
      field: "depositInitial",
    },
    {
      title: "periodicDepositsEnabled true without regularContributionsAmount",
      path: SESSIONS,
      body: premia((b) => delete b.regularContributionsAmount),
      field: "regularContributionsAmount",
    },
    {
      title: "the simulators' SEMI_ANNUALLY sent to Premia",
      path: SESSIONS,
      body: premia((b) => (b.regularContributionsFrequency = "SEMI_ANNUALLY")),
      field: "regularContributionsFrequency",
    },
    {
      title: "a malformed YYYYMMDD date",
      path: SESSIONS,
      body: premia((b) => (b.clientBirthDate = "1980-01-01")),
      field: "clientBirthDate",
    },
    {
      title: "month 13 in a YYYYMMDD date",
      path: SESSIONS,
      body: premia((b) => (b.clientEsgLastUpdateDate = "20251301")),
      field: "clientEsgLastUpdateDate",
    },
    {
      title: "a missing required string",
      path: SESSIONS,
      body: premia((b) => delete b.clientLastName),
      field: "clientLastName",
    },
    {
      title: "Premia's SEMIANNUALLY sent to a simulator",
      path: DELEGATED,
      body: simulator(
        "DelegatedManagementSimulationRequest",
        (b) => ((b.periodic_deposits as { frequency: string }[])[0]!.frequency = "SEMIANNUALLY"),
      ),
      field: "frequency",
    },
    {
      title: "a malformed YYYYMM date",
      path: FREE,
      body: simulator("FreeManagementSimulationRequest", (b) => (b.simulation_start_date = "2020-08")),
      field: "simulation_start_date",
    },
    {
      title: "month 13 in a cash flow date",
      path: DELEGATED,
      body: simulator(
        "DelegatedManagementSimulationRequest",
        (b) => ((b.simple_deposits as { date: string }[])[0]!.date = "202013"),
      ),
      field: "date",
    },
    {
      title: "glidepath without age",
      path: GLIDEPATH,
      body: simulator("GlidepathManagementSimulationRequest", (b) => delete b.age),
      field: "age",
    },
    {
      title: "delegated without profile_idx",
      path: DELEGATED,
      body: simulator("DelegatedManagementSimulationRequest", (b) => delete b.profile_idx),
      field: "profile_idx",
    },
    {
      title: "both start dates",
      path: FREE,
      body: simulator("FreeManagementSimulationRequest", (b) => (b.start_date = "202008")),
      field: "start_date",
    },
    {
      title: "neither start date",
      path: GLIDEPATH,
      body: simulator("GlidepathManagementSimulationRequest", (b) => delete b.simulation_start_date),
      field: "start_date",
    },
    {
      title: "a misspelt field",
      path: FREE,
      body: simulator("FreeManagementSimulationRequest", (b) => (b.horizn = 60)),
      field: "horizn",
    },
    {
      title: "a lower-case ISIN",
      path: FREE,
      body: simulator(
        "FreeManagementSimulationRequest",
        (b) => ((b.portfolio_composition as { isin: string }[])[0]!.isin = "lu1883308352"),
      ),
      field: "isin",
    },
  ];
  for (const { title, path, body, field } of cases) {
    it(`${title} → 4xx naming ${field}`, async () => {
      const { data, error, response } = await coanda.POST(path as typeof SESSIONS, {
        body: body as PremiaSessionRequest,
      });
      expect(data).toBeUndefined();
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(complaint(error, response)).toContain(field);
    });
  }

  it("the throwing style raises an UnprocessableEntityError that names the field", async () => {
    const body = premia((b) => (b.regularContributionsFrequency = "YEARLY"));
    const failure = await coanda.throwing.POST(SESSIONS, { body }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnprocessableEntityError);
    expect(JSON.stringify((failure as UnprocessableEntityError).body)).toContain("regularContributionsFrequency");
  });

  function simulator(name: string, edit: (body: Record<string, unknown>) => void): Record<string, unknown> {
    const body = example<Record<string, unknown>>(name);
    edit(body);
    return body;
  }
});

describe("without a token", () => {
  for (const path of [FREE, SESSIONS]) {
    it(`${path} → 401`, async () => {
      const response = await fetch(`${mock.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(
          example(path === FREE ? "FreeManagementSimulationRequest" : "PremiaSessionNewSubscription"),
        ),
      });
      expect(response.status).toBe(401);
      await response.body?.cancel();
    });
  }
});

describe("the README examples (examples/*.mjs, run against the built package)", () => {
  const run = (name: string) =>
    promisify(execFile)(process.execPath, [fileURLToPath(new URL(`../examples/${name}`, import.meta.url))], {
      env: { ...process.env, COANDA_BASE_URL: mock.url },
    });

  it("simulator.mjs simulates with simulation_start_date", async () => {
    expect((await run("simulator.mjs")).stdout).toContain("success: 97.4 %");
  });

  it("premia.mjs opens a Premia session", async () => {
    expect((await run("premia.mjs")).stdout).toContain(
      "redirect to: https://premia.example.com/premia/sessions?hash=abc123",
    );
  });
});
