// TEMPORARY: the manifests of specs/*/provider.json as the contract core (issue 11) declares them, for
// the spec folders that do not carry their provider.json yet on this branch. Deleted when
// `@partner-apis/contract-core` lands on main and registry-source.ts calls its discoverProviders().
import type { ProviderManifest } from "./providers.js";

export const LEGACY_MANIFESTS: readonly ProviderManifest[] = [
  {
    id: "premiums",
    name: {
      en: "Premiums API",
    },
    vendor: "Anopio (Educam premiums)",
    purpose: {
      en: "Report training seances (execute, cancel, update), simulate the closing of a seance period, and import companies and trainees, to get back the Educam premiums: the hours and euro credits a trainee's company is entitled to.",
    },
    auth: {
      kind: "oauth2-client-credentials",
      summary: {
        en: "OAuth 2.0 client credentials: the client fetches a `premiums:write` token from `/oauth2/token`, caches it and renews it before it expires.",
      },
    },
    mockPort: 4010,
    languages: ["en"],
    client: {
      package: "@partner-apis/premiums",
      factory: "createPremiumsClient",
      variable: "premiums",
      credentials: [
        {
          option: "clientId",
          env: "PREMIUMS_CLIENT_ID",
        },
        {
          option: "clientSecret",
          env: "PREMIUMS_CLIENT_SECRET",
        },
      ],
    },
  },
  {
    id: "coanda",
    name: {
      en: "Coanda API",
      fr: "API Coanda",
    },
    vendor: "AAA / 3A Digital",
    purpose: {
      en: "Project a savings plan with the free, delegated and glide-path management simulators, and open Premia advisory sessions (risk profile, ESG preferences, allocation proposal) to hand a saver over to Premia.",
      fr: "Projeter un plan d’épargne avec les simulateurs de gestion libre, déléguée et pilotée, et ouvrir des sessions de conseil Premia (profil de risque, préférences ESG, proposition d’allocation) pour confier un épargnant à Premia.",
    },
    auth: {
      kind: "jwt-bearer",
      summary: {
        en: "JWT bearer: the client acquires a token from `GET /user-service/v1/token/acquire` with your username and password, and acquires a new one when the token's `exp` comes near.",
        fr: "JWT bearer : le client obtient un token avec `GET /user-service/v1/token/acquire` à partir de votre nom d’utilisateur et de votre mot de passe, et en obtient un nouveau quand l’`exp` du token approche.",
      },
    },
    mockPort: 4011,
    languages: ["en", "fr"],
    client: {
      package: "@partner-apis/coanda",
      factory: "createCoandaClient",
      variable: "coanda",
      credentials: [
        {
          option: "username",
          env: "COANDA_USERNAME",
        },
        {
          option: "password",
          env: "COANDA_PASSWORD",
        },
      ],
    },
  },
  {
    id: "seyna",
    name: {
      en: "Seyna API v2",
    },
    vendor: "Seyna",
    purpose: {
      en: "Report the contracts, receipts, claims and settlements of the portfolios Seyna insures: objects are created and updated with `PUT` on ids you choose, versioned, and listed with cursor pagination.",
    },
    auth: {
      kind: "http-basic",
      summary: {
        en: "HTTP Basic with your API key id and secret, sent with every request; `seyna.paginate()` follows the `next` cursors for you.",
      },
    },
    mockPort: 4012,
    languages: ["en"],
    client: {
      package: "@partner-apis/seyna",
      factory: "createSeynaClient",
      variable: "seyna",
      credentials: [
        {
          option: "apiKeyId",
          env: "SEYNA_API_KEY_ID",
        },
        {
          option: "apiKeySecret",
          env: "SEYNA_API_KEY_SECRET",
        },
      ],
    },
  },
];
