// Simulator operations against the Coanda mock. Run: `npx partner-mocks start coanda` (from @partner-apis/mocks),
// then `node node_modules/@partner-apis/coanda/examples/simulator.mjs`. Against Coanda itself set COANDA_BASE_URL,
// COANDA_USERNAME and COANDA_PASSWORD.
import { createCoandaClient, isCoandaError } from "@partner-apis/coanda";

const coanda = createCoandaClient({
  baseUrl: process.env.COANDA_BASE_URL ?? "http://127.0.0.1:4011",
  username: process.env.COANDA_USERNAME ?? "partner@example.com",
  password: process.env.COANDA_PASSWORD ?? "testpassword",
});

// The JWT is fetched on the first call (within the call's timeoutMs), reused until shortly before its `exp`.
try {
  const simulation = await coanda.throwing.POST("/simulator-service/simulator/delegated_management", {
    body: {
      simulator_uuid: "aaaic:simulators:236",
      profile_idx: 2,
      simulation_start_date: "202008", // the name Coanda's own requests send (see the README)
      horizon: 60,
      current_savings: 1000,
      target_amount: 5000,
      simple_deposits: [{ amount: 5000, date: "202010" }],
      periodic_deposits: [{ amount: 197.2, start_date: "202008", end_date: "202507", frequency: "MONTHLY" }],
    },
  });
  console.log(`success: ${simulation.success_percentage} %`);
  console.log(`median annualized return: ${simulation.statistics.annualized_return.quantile_50} %`);
} catch (error) {
  if (isCoandaError(error, "post", "/simulator-service/simulator/delegated_management")) console.error(error.body);
  throw error;
}
