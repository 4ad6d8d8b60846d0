// Claim operations against the Seyna mock. Run: `npx partner-mocks start seyna` (from @partner-apis/mocks), then
// `node node_modules/@partner-apis/seyna/examples/claims.mjs`. Against Seyna set SEYNA_BASE_URL, SEYNA_API_KEY_ID and
// SEYNA_API_KEY_SECRET.
import { checkClaim, claimValues, createSeynaClient } from "@partner-apis/seyna";

const seyna = createSeynaClient({
  baseUrl: process.env.SEYNA_BASE_URL ?? "http://127.0.0.1:4012", // default: https://api.seyna.eu/v2
  apiKeyId: process.env.SEYNA_API_KEY_ID ?? "key_test_123",
  apiKeySecret: process.env.SEYNA_API_KEY_SECRET ?? "not-a-real-secret",
});
const portfolio_id = "pf_home_2024";

const claim = await seyna.throwing.GET("/portfolios/{portfolio_id}/claims/{claim_id}", {
  params: { path: { portfolio_id, claim_id: "clm-000045" } },
});
const { total } = claimValues(claim);
console.log(`claim ${claim.id}: value ${total.value}, fgu_claim ${total.fgu_claim}`);
console.log(
  `rules broken without settlements: ${checkClaim(claim, [])
    .map((v) => v.path)
    .join(", ")}`,
);
const claims = await seyna.throwing.GET("/portfolios/{portfolio_id}/claims", { params: { path: { portfolio_id } } });
console.log(`${claims.data.length} claim(s) on the first page`);
