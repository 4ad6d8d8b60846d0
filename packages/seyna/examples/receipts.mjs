// Receipt operations against the Seyna mock. Run: `npx partner-mocks start seyna` (from @partner-apis/mocks), then
// `node node_modules/@partner-apis/seyna/examples/receipts.mjs`. Against Seyna set SEYNA_BASE_URL, SEYNA_API_KEY_ID and
// SEYNA_API_KEY_SECRET.
import { createSeynaClient } from "@partner-apis/seyna";

const seyna = createSeynaClient({
  baseUrl: process.env.SEYNA_BASE_URL ?? "http://127.0.0.1:4012", // default: https://api.seyna.eu/v2
  apiKeyId: process.env.SEYNA_API_KEY_ID ?? "key_test_123",
  apiKeySecret: process.env.SEYNA_API_KEY_SECRET ?? "not-a-real-secret",
});
const portfolio_id = "pf_home_2024";

const receipts = await seyna.throwing.GET("/portfolios/{portfolio_id}/receipts", {
  params: { path: { portfolio_id }, query: { limit: 10 } },
});
console.log(`${receipts.data.length} receipt(s) on the first page`);
const receipt_id = receipts.data[0]?.id ?? "rct-000123-q1";
const receipt = await seyna.throwing.GET("/portfolios/{portfolio_id}/receipts/{receipt_id}", {
  params: { path: { portfolio_id, receipt_id } },
});
console.log(`receipt ${receipt.id}: ${receipt.start_cover_date} → ${receipt.end_cover_date}`);
const versions = await seyna.throwing.GET("/portfolios/{portfolio_id}/receipt-versions", {
  params: { path: { portfolio_id } },
});
console.log(`${versions.data.length} receipt version(s) on the first page`);
