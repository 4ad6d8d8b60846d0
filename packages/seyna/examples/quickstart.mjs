// A tour of @partner-apis/seyna against the local mock (or the real API with real keys).
//   pnpm mock                          # serves Seyna on http://127.0.0.1:4012
//   pnpm --filter @partner-apis/seyna build
//   node packages/seyna/examples/quickstart.mjs
import { ApiError, checkClaim, checkContract, claimValues, createSeynaClient } from "@partner-apis/seyna";

const seyna = createSeynaClient({
  baseUrl: process.env.SEYNA_BASE_URL ?? "http://127.0.0.1:4012", // default: https://api.seyna.eu/v2
  apiKeyId: process.env.SEYNA_API_KEY_ID ?? "key_test_123",
  apiKeySecret: process.env.SEYNA_API_KEY_SECRET ?? "not-a-real-secret",
});
const portfolio_id = "pf_home_2024";

// 1. Read: `throwing` resolves to the data or throws a typed error (NotFoundError, UnauthorizedError…).
const portfolio = await seyna.throwing.GET("/portfolios/{portfolio_id}", { params: { path: { portfolio_id } } });
console.log(`portfolio ${portfolio.id}: product ${portfolio.product_id}, timezone ${portfolio.timezone}`);

// 2. Write: PUT creates or updates on the id you choose; Seyna answers the stored object and its version.
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
  product_id: portfolio.product_id,
  timestamp: "2023-12-20T10:15:00Z",
  reference: "POL-2024-000123",
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
  params: { path: { portfolio_id, contract_id: "ctr-000123" } },
  body: contract,
});
console.log(`stored contract ${stored.id} at version ${stored.version}`);

// 3. Every item of a list, page after page (`next` → `from`), typed from the path.
for await (const c of seyna.paginate("/portfolios/{portfolio_id}/contracts", {
  params: { path: { portfolio_id }, query: { sort: "desc" } },
  pageSize: 50,
})) {
  console.log(`contract ${c.id} ${c.start_cover_date} → ${c.end_cover_date}`);
}

// 4. The accounting rules, before sending: four quarterly receipts must sum to the contract and pave its year.
const quarter = {
  theft: { premium: 30, tax: 2.7, discount: 0, broker_fee: 3, cost_acquisition: 1.5 },
  breakage: { premium: 15, tax: 1.35, discount: 0, broker_fee: 1.5, cost_acquisition: 0.75 },
};
const receipts = [
  ["2024-01-01", "2024-04-01"],
  ["2024-04-01", "2024-07-01"],
  ["2024-07-02", "2024-10-01"], // a day late: a gap in the cover
  ["2024-10-01", "2025-01-01"],
].map(([start_cover_date, end_cover_date]) => ({
  start_cover_date,
  end_cover_date,
  guarantees: structuredClone(quarter),
}));
for (const violation of checkContract(contract, receipts)) {
  console.log(`${violation.rule}: ${violation.message}`);
}

// 5. Claims: the claim value, and the settlements that must add up to what was paid.
const claim = await seyna.throwing.GET("/portfolios/{portfolio_id}/claims/{claim_id}", {
  params: { path: { portfolio_id, claim_id: "clm-000045" } },
});
console.log(
  `claim ${claim.id}: value ${claimValues(claim).total.value}, fgu_claim ${claimValues(claim).total.fgu_claim}`,
);
console.log(
  `settlement rules broken without settlements: ${checkClaim(claim, [])
    .map((v) => v.path)
    .join(", ")}`,
);

// 6. Errors: a page size Seyna refuses, answered 400 and thrown as a typed error.
try {
  await seyna.throwing.GET("/portfolios/{portfolio_id}/contracts", {
    params: { path: { portfolio_id }, query: { limit: 0 } },
  });
} catch (error) {
  if (error instanceof ApiError) console.log(`${error.name} ${error.status} on ${error.method} ${error.url}`);
  else throw error;
}
