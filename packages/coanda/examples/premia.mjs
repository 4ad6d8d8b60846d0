// Premia operations against the Coanda mock. Run: `npx partner-mocks start coanda` (from @partner-apis/mocks),
// then `node node_modules/@partner-apis/coanda/examples/premia.mjs`.
import { createCoandaClient, premiaSessionUrl } from "@partner-apis/coanda";

const coanda = createCoandaClient({
  baseUrl: process.env.COANDA_BASE_URL ?? "http://127.0.0.1:4011",
  username: process.env.COANDA_USERNAME ?? "partner@example.com",
  password: process.env.COANDA_PASSWORD ?? "testpassword",
});

const { data, error, response } = await coanda.POST("/premia/api/v1/sessions", {
  body: {
    recoJourneyUuid: "aaaic:reco_journeys:4",
    extProductCode: "PERZEN",
    extSessionCode: "123456",
    contactEmail: "claire.dupont@example.com",
    clientLastName: "Dupont",
    clientFirstName: "Claire",
    clientBirthDate: "19800101",
    depositInitialEnabled: true,
    depositInitial: 5000,
  },
});
if (error) throw new Error(`session refused: HTTP ${response.status} ${JSON.stringify(error)}`);
console.log(`redirect to: ${premiaSessionUrl("https://premia.example.com", data.sessionHash)}`);
