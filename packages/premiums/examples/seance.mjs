// Seance operations against the Premiums mock. Run: `npx partner-mocks start premiums` (from @partner-apis/mocks),
// then `node node_modules/@partner-apis/premiums/examples/seance.mjs`. Against the real API set PREMIUMS_BASE_URL,
// PREMIUMS_CLIENT_ID and PREMIUMS_CLIENT_SECRET.
import { createPremiumsClient, isPremiumsError } from "@partner-apis/premiums";

const premiums = createPremiumsClient({
  baseUrl: process.env.PREMIUMS_BASE_URL ?? "http://127.0.0.1:4010",
  clientId: process.env.PREMIUMS_CLIENT_ID ?? "my-client-id",
  clientSecret: process.env.PREMIUMS_CLIENT_SECRET ?? "my-client-secret",
});
const seance = {
  transaction_uid: "tx-20250314-0001",
  company_uid: "company-1042",
  trainee_uid: "trainee-5531",
  seance_uid: "seance-88412",
  seance_date: "2025-03-14",
  seance_duration: 7.5,
  premium_type: "COMPANY_COLLECTIVE_CREDIT",
  trainee_pc: "149.01",
  trainee_etp: "1.00",
};

// Result style: nothing throws on an HTTP error status; branch on `error`.
const { data, error, response } = await premiums.POST("/v2/seance", { body: seance });
if (error) throw new Error(`execute refused: HTTP ${response.status}`);
console.log(`execute: ${data.data.status_details}`);

// Throwing style: resolves to the body, throws a typed error whose body is typed by status.
try {
  const updated = await premiums.throwing.PATCH("/v2/seance/{seance_uid}", {
    params: { path: { seance_uid: seance.seance_uid } },
    body: { transaction_uid: "tx-20250315-0002", seance_duration: 4 },
  });
  console.log(`update: ${updated.data.status_details}`);
  const closed = await premiums.throwing.POST("/v2/seance/period/simulate-closed", {
    body: { period_start: "2025-01-01", period_end: "2025-12-31", email: "finance@example.com" },
  });
  console.log(`simulate-closed: ${closed.data.status_details}`);
  const cancelled = await premiums.throwing.POST("/v2/seance/cancel", {
    body: { ...seance, transaction_uid: "tx-20250316-0003" },
  });
  console.log(`cancel: ${cancelled.data.status_details}`);
} catch (failure) {
  if (isPremiumsError(failure, "post", "/v2/seance/cancel") && failure.status === 400) console.error(failure.body);
  throw failure;
}
