// Portfolio operations against the Seyna mock. Run: `npx partner-mocks start seyna` (from @partner-apis/mocks), then
// `node node_modules/@partner-apis/seyna/examples/portfolios.mjs`. Against Seyna set SEYNA_BASE_URL, SEYNA_API_KEY_ID and
// SEYNA_API_KEY_SECRET.
import { createSeynaClient } from "@partner-apis/seyna";

const seyna = createSeynaClient({
  baseUrl: process.env.SEYNA_BASE_URL ?? "http://127.0.0.1:4012", // default: https://api.seyna.eu/v2
  apiKeyId: process.env.SEYNA_API_KEY_ID ?? "key_test_123",
  apiKeySecret: process.env.SEYNA_API_KEY_SECRET ?? "not-a-real-secret",
});
const portfolio_id = "pf_home_2024";

const portfolios = await seyna.throwing.GET("/portfolios");
console.log(`${portfolios.data.length} portfolio(s) on the first page`);
const portfolio = await seyna.throwing.GET("/portfolios/{portfolio_id}", { params: { path: { portfolio_id } } });
console.log(`portfolio ${portfolio.id}: product ${portfolio.product_id}, timezone ${portfolio.timezone}`);
