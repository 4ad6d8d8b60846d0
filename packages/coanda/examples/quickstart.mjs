// Run against the mock: `pnpm mock` (Coanda on http://127.0.0.1:4011), then `node examples/quickstart.mjs`.
// Against Coanda itself: set COANDA_BASE_URL, COANDA_USERNAME and COANDA_PASSWORD.
import { ApiError, createCoandaClient, premiaSessionUrl } from "@partner-apis/coanda";

const coanda = createCoandaClient({
  baseUrl: process.env.COANDA_BASE_URL ?? "http://127.0.0.1:4011",
  username: process.env.COANDA_USERNAME ?? "partner@example.com",
  password: process.env.COANDA_PASSWORD ?? "testpassword",
});

// The JWT is fetched on the first call, reused until shortly before its `exp`, renewed after a 401.
const simulation = await coanda.throwing.POST("/simulator-service/simulator/delegated_management", {
  body: {
    simulator_uuid: "aaaic:simulators:236",
    profile_idx: 2,
    start_date: "202008",
    horizon: 60,
    current_savings: 1000,
    target_amount: 5000,
    simple_deposits: [{ amount: 5000, date: "202010" }],
    periodic_deposits: [{ amount: 197.2, start_date: "202008", end_date: "202507", frequency: "MONTHLY" }],
  },
});
console.log(`success: ${simulation.success_percentage} %`);
console.log(`median annualized return: ${simulation.statistics.annualized_return.quantile_50} %`);

const { sessionHash } = await coanda.throwing.POST("/premia/api/v1/sessions", {
  body: {
    recoJourneyUuid: "aaaic:reco_journeys:4",
    extProductCode: "PERZEN",
    extSessionCode: "123456",
    contactEmail: "claire.dupont@example.com",
    clientLastName: "Dupont",
    clientFirstName: "Claire",
    clientBirthDate: "19800101",
    depositInitialEnabled: true,
    depositInitial: 5000,
  },
});
console.log(`redirect to: ${premiaSessionUrl("https://premia.example.com", sessionHash)}`);

try {
  // Premia's frequencies are MONTHLY/QUARTERLY/SEMIANNUALLY/ANNUALLY: YEARLY is the simulators' spelling.
  await coanda.throwing.POST("/premia/api/v1/sessions", {
    body: {
      recoJourneyUuid: "aaaic:reco_journeys:13",
      extProductCode: "PERZEN",
      extSessionCode: "123457",
      clientLastName: "Dupont",
      clientFirstName: "Claire",
      clientBirthDate: "19800101",
      periodicDepositsEnabled: true,
      regularContributionsAmount: 500,
      regularContributionsFrequency: "YEARLY", // in TypeScript, this line would not even compile
    },
  });
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.log(`rejected: ${error.status} ${error.message}`);
}
