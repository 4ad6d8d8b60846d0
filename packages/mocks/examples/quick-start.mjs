// Runnable example: start the three mocks on free ports, call one endpoint of each, stop them.
//   node examples/quick-start.mjs        (after `pnpm --filter @partner-apis/mocks build`)
import { startMocks } from "@partner-apis/mocks";

const mocks = await startMocks({ ports: { premiums: 0, coanda: 0, seyna: 0 } });
try {
  // Coanda: acquire a JWT (no credentials needed), as a real client would.
  const token = await fetch(
    `${mocks.urls.coanda}/user-service/v1/token/acquire?username=dev%40example.com&password=secret`,
  );
  console.log("coanda   token", token.status, (await token.text()).slice(0, 24) + "…");

  // Premiums: OAuth2 client credentials.
  const oauth = await fetch(`${mocks.urls.premiums}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials&client_id=my-client&client_secret=my-secret",
  });
  console.log("premiums token", oauth.status, (await oauth.json()).token_type);

  // Seyna: Basic auth with an API key id and secret.
  const portfolios = await fetch(`${mocks.urls.seyna}/portfolios`, {
    headers: { authorization: `Basic ${Buffer.from("key-id:key-secret").toString("base64")}` },
  });
  console.log("seyna    portfolios", portfolios.status, (await portfolios.json()).object);

  // Bad input gets an RFC 7807 problem, never a hang.
  const bad = await fetch(`${mocks.urls.seyna}/portfolios/p1/contracts/c1`, {
    method: "PUT",
    headers: {
      authorization: `Basic ${Buffer.from("key-id:key-secret").toString("base64")}`,
      "content-type": "application/json",
    },
    body: '{"broken": ',
  });
  console.log("seyna    malformed JSON", bad.status, (await bad.json()).title);
} finally {
  await mocks.stop();
}
