// Contract operations against the Seyna mock. Run: `npx partner-mocks start seyna` (from @partner-apis/mocks), then
// `node node_modules/@partner-apis/seyna/examples/contracts.mjs`. Against Seyna set SEYNA_BASE_URL, SEYNA_API_KEY_ID and
// SEYNA_API_KEY_SECRET.
import { checkContract, createSeynaClient, isSeynaError } from "@partner-apis/seyna";

const seyna = createSeynaClient({
  baseUrl: process.env.SEYNA_BASE_URL ?? "http://127.0.0.1:4012", // default: https://api.seyna.eu/v2
  apiKeyId: process.env.SEYNA_API_KEY_ID ?? "key_test_123",
  apiKeySecret: process.env.SEYNA_API_KEY_SECRET ?? "not-a-real-secret",
});
const portfolio_id = "pf_home_2024";

// PUT creates or updates on the id you choose; Seyna answers the stored object. A new id, so the first
// PUT creates it (the mock's sandbox is seeded with the spec's examples, ctr-000123 among them).
const contract_id = "ctr-quickstart-0001";
const camille = {
  type: "individual",
  name: "Camille Martin",
  address: "12 rue des Lilas, 75011 Paris, France",
  email: "camille.martin@example.com",
  phone: "+33100000001",
  birthday: "1990-04-12",
  birthplace: "Lyon, France",
};
const contract = {
  product_id: "prd_home",
  timestamp: "2023-12-20T10:15:00Z",
  reference: "POL-2024-QUICKSTART-0001",
  customer_id: "cus-004217",
  creation_date: "2023-12-20T10:15:00Z",
  last_update: "2023-12-20T10:15:00Z",
  subscriber: [camille],
  insured: [camille],
  beneficiary: [camille],
  subscription_date: "2023-12-20",
  issuance_date: "2023-12-20",
  start_cover_date: "2024-01-01", // dates alone mean T00:00:00Z
  end_cover_date: "2025-01-01", //   and an end is exclusive: exactly one year
  guarantees: {
    theft: { premium: 120, tax: 10.8, discount: 0, broker_fee: 12, cost_acquisition: 6 },
    breakage: { premium: 60, tax: 5.4, discount: 0, broker_fee: 6, cost_acquisition: 3 },
  },
  product_data: { device: "Fairphone 5" },
};
const stored = await seyna.throwing.PUT("/portfolios/{portfolio_id}/contracts/{contract_id}", {
  params: { path: { portfolio_id, contract_id } },
  body: contract,
});
// Seyna's public material gives `version` as optional: print it when the API sends one.
console.log(`stored contract ${stored.id} at version ${stored.version ?? "unversioned"}`);
const again = await seyna.throwing.GET("/portfolios/{portfolio_id}/contracts/{contract_id}", {
  params: { path: { portfolio_id, contract_id: stored.id } },
});
console.log(`read back ${again.id}`);

// Every item of a list, page after page (`next` → `from`), typed from the path.
for await (const c of seyna.paginate("/portfolios/{portfolio_id}/contracts", { params: { path: { portfolio_id } } })) {
  console.log(`contract ${c.id} ${c.start_cover_date} → ${c.end_cover_date}`);
}
const versions = await seyna.throwing.GET("/portfolios/{portfolio_id}/contract-versions", {
  params: { path: { portfolio_id } },
});
console.log(`${versions.data.length} contract version(s) on the first page`);

// The accounting rules, checked before sending: no receipt yet means the premium is not covered.
for (const violation of checkContract(contract, [])) console.log(`${violation.rule}: ${violation.message}`);

// A page size Seyna refuses is answered 400, thrown typed: the body is Seyna's error schema.
try {
  await seyna.throwing.GET("/portfolios/{portfolio_id}/contracts", {
    params: { path: { portfolio_id }, query: { limit: 0 } },
  });
} catch (error) {
  if (!isSeynaError(error, "get", "/portfolios/{portfolio_id}/contracts")) throw error;
  console.log(`${error.name} ${error.status} on ${error.method} ${error.url}`);
}
