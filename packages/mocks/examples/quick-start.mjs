// Runnable example: start every mock on a free port, call one endpoint of each, provoke an error, stop them.
//   node examples/quick-start.mjs        (after `pnpm --filter @partner-apis/mocks build`)
import { startMocks } from "@partner-apis/mocks";

const mocks = await startMocks({ ports: { premiums: 0, coanda: 0, seyna: 0 } });
const seynaAuth = `Basic ${Buffer.from("key-id:key-secret").toString("base64")}`;
try {
  // Coanda: acquire a JWT (any username/password unless the mock was started with `credentials`).
  const token = await fetch(
    `${mocks.urls.coanda}/user-service/v1/token/acquire?username=dev%40example.com&password=secret`,
  );
  console.log("coanda   token", token.status, `${(await token.text()).slice(0, 24)}…`);

  // Premiums: OAuth2 client credentials; the token is a JWT with a real `exp`.
  const oauth = await fetch(`${mocks.urls.premiums}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials&client_id=my-client&client_secret=my-secret",
  });
  const issued = await oauth.json();
  console.log("premiums token", oauth.status, issued.token_type, `expires_in ${issued.expires_in}`);

  // Seyna: the sandbox remembers what you PUT.
  const portfolios = await fetch(`${mocks.urls.seyna}/portfolios`, { headers: { authorization: seynaAuth } });
  console.log("seyna    portfolios", portfolios.status, (await portfolios.json()).object);

  // Errors come in the provider's own shape: Seyna's { object: "error", status, type, msg }.
  const missing = await fetch(`${mocks.urls.seyna}/portfolios/pf_home_2024/contracts/ctr-404`, {
    headers: { authorization: seynaAuth },
  });
  const error = await missing.json();
  console.log("seyna    unknown contract", missing.status, error.object, error.type);
} finally {
  await mocks.stop();
}
