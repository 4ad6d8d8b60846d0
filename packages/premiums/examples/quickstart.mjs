// Execute a seance and simulate a period close against the local mock.
// Start the mock first (`pnpm mock` at the repository root), build this package (`pnpm build`), then:
//   node packages/premiums/examples/quickstart.mjs
import { BadRequestError, createPremiumsClient, UnauthorizedError } from "@partner-apis/premiums";

const premiums = createPremiumsClient({
  baseUrl: process.env.PREMIUMS_MOCK_URL ?? "http://127.0.0.1:4010",
  clientId: process.env.PREMIUMS_CLIENT_ID ?? "my-client-id",
  clientSecret: process.env.PREMIUMS_CLIENT_SECRET ?? "my-client-secret",
});

// Result style: nothing throws on an HTTP error; branch on `error` / `response.status`.
const { data, error, response } = await premiums.POST("/v2/seance", {
  body: {
    transaction_uid: "tx-20250314-0001",
    company_uid: "company-1042",
    trainee_uid: "trainee-5531",
    seance_uid: "seance-88412",
    seance_date: "2025-03-14",
    seance_duration: 7.5,
    premium_type: "COMPANY_COLLECTIVE_CREDIT",
    trainee_pc: "149.01",
    trainee_etp: "1.00",
  },
});
if (error) {
  console.error(`execute refused: HTTP ${response.status}`, error);
  process.exit(1);
}
console.log(`execute: ${data.data.status_details}`);
for (const premium of data.data.premiums) {
  console.log(
    `  ${premium.premium_type}: approved ${premium.approved_hours} h (${premium.approved_credit_eur} EUR), rejected ${premium.rejected_hours} h (${premium.rejection_details ?? "-"})`,
  );
}

// Throwing style: resolves to the body, throws a typed error on a non-2xx answer.
try {
  const simulated = await premiums.throwing.POST("/v2/seance/period/simulate-closed", {
    body: { period_start: "2025-01-01", period_end: "2025-12-31", email: "finance@example.com" },
  });
  console.log(`simulate-closed: ${simulated.data.status_details}`);
} catch (failure) {
  if (failure instanceof UnauthorizedError) console.error("check PREMIUMS_CLIENT_ID / PREMIUMS_CLIENT_SECRET");
  else if (failure instanceof BadRequestError) console.error("invalid request:", failure.body);
  throw failure;
}
