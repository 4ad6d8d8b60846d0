// Company operations against the Premiums mock. Run: `npx partner-mocks start premiums` (from @partner-apis/mocks),
// then `node node_modules/@partner-apis/premiums/examples/company.mjs`.
import { companiesCsv, createPremiumsClient, csvBody } from "@partner-apis/premiums";

const premiums = createPremiumsClient({
  baseUrl: process.env.PREMIUMS_BASE_URL ?? "http://127.0.0.1:4010",
  clientId: process.env.PREMIUMS_CLIENT_ID ?? "my-client-id",
  clientSecret: process.env.PREMIUMS_CLIENT_SECRET ?? "my-client-secret",
});

const updated = await premiums.throwing.PATCH("/v2/company/{company_uid}", {
  params: { path: { company_uid: "company-1042" } },
  body: { company_pc: "149.02" },
});
console.log(`update: ${JSON.stringify(updated)}`);

const rows = [
  { company_uid: "company-1042", company_pc: "149.01" },
  { company_uid: "company-1043", company_pc: "149.02" },
];
const imported = await premiums.throwing.PUT("/v2/company/import", { body: rows });
console.log(`import (JSON): ${JSON.stringify(imported)}`);

// The bulk import takes a CSV file: companiesCsv writes it, csvBody sends it as text/csv.
const bulk = await premiums.throwing.POST("/v2/company/import/bulk", csvBody(companiesCsv(rows)));
console.log(`import (CSV): ${JSON.stringify(bulk)}`);
