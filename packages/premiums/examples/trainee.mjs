// Trainee operations against the Premiums mock. Run: `npx partner-mocks start premiums` (from @partner-apis/mocks),
// then `node node_modules/@partner-apis/premiums/examples/trainee.mjs`.
import { createPremiumsClient, csvBody, traineesCsv } from "@partner-apis/premiums";

const premiums = createPremiumsClient({
  baseUrl: process.env.PREMIUMS_BASE_URL ?? "http://127.0.0.1:4010",
  clientId: process.env.PREMIUMS_CLIENT_ID ?? "my-client-id",
  clientSecret: process.env.PREMIUMS_CLIENT_SECRET ?? "my-client-secret",
});

const rows = [
  { trainee_uid: "trainee-5531", company_uid: "company-1042", trainee_pc: "149.01", trainee_etp: "1.00" },
  { trainee_uid: "trainee-5532", company_uid: "company-1042", trainee_pc: "149.01", trainee_etp: "0.50" },
];
const imported = await premiums.throwing.PUT("/v2/trainee/import", { body: rows });
console.log(`import (JSON): ${JSON.stringify(imported)}`);

const bulk = await premiums.throwing.POST("/v2/trainee/import/bulk", csvBody(traineesCsv(rows)));
console.log(`import (CSV): ${JSON.stringify(bulk)}`);
