// The three providers the site documents: what a reader needs that the specs do not say
// (which package and factory to use, where the local mock listens, which credentials to pass).

export type ProviderId = "premiums" | "coanda" | "seyna";
export type Language = "en" | "fr";

export interface ClientCredentialOption {
  /** Option name of the client factory, e.g. `clientId`. */
  option: string;
  /** Environment variable the samples read it from. */
  env: string;
}

export interface ProviderInfo {
  id: ProviderId;
  /** Display name, e.g. "Premiums API". */
  name: string;
  /** Who runs the API. */
  vendor: string;
  /** One sentence: what a developer uses the API for. */
  purpose: string;
  /** How our client authenticates, in one sentence. */
  clientAuth: string;
  /** Workspace package holding the bundled spec (`dist/openapi.json`). */
  specPackage: string;
  /** The client package users install. */
  clientPackage: string;
  /** The client factory exported by `clientPackage`. */
  clientFactory: string;
  /** The variable the samples call the client through. */
  clientVariable: string;
  credentials: ClientCredentialOption[];
  /** Port of the local Prism mock (`@partner-apis/mocks` DEFAULT_PORTS). */
  mockPort: number;
  /** Languages the reference is published in (a French page needs `x-*-fr` texts in the spec). */
  languages: Language[];
}

export const PROVIDERS: readonly ProviderInfo[] = [
  {
    id: "premiums",
    name: "Premiums API",
    vendor: "Anopio (Educam premiums)",
    purpose:
      "Report training seances (execute, cancel, update), simulate the closing of a seance period, and import companies and trainees, to get back the Educam premiums: the hours and euro credits a trainee's company is entitled to.",
    clientAuth:
      "OAuth 2.0 client credentials: the client fetches a `premiums:write` token from `/oauth2/token`, caches it and renews it before it expires.",
    specPackage: "@partner-apis/spec-premiums",
    clientPackage: "@partner-apis/premiums",
    clientFactory: "createPremiumsClient",
    clientVariable: "premiums",
    credentials: [
      { option: "clientId", env: "PREMIUMS_CLIENT_ID" },
      { option: "clientSecret", env: "PREMIUMS_CLIENT_SECRET" },
    ],
    mockPort: 4010,
    languages: ["en"],
  },
  {
    id: "coanda",
    name: "Coanda API",
    vendor: "AAA / 3A Digital",
    purpose:
      "Project a savings plan with the free, delegated and glide-path management simulators, and open Premia advisory sessions (risk profile, ESG preferences, allocation proposal) to hand a saver over to Premia.",
    clientAuth:
      "JWT bearer: the client acquires a token from `GET /user-service/v1/token/acquire` with your username and password, and acquires a new one when the token's `exp` comes near.",
    specPackage: "@partner-apis/spec-coanda",
    clientPackage: "@partner-apis/coanda",
    clientFactory: "createCoandaClient",
    clientVariable: "coanda",
    credentials: [
      { option: "username", env: "COANDA_USERNAME" },
      { option: "password", env: "COANDA_PASSWORD" },
    ],
    mockPort: 4011,
    languages: ["en", "fr"],
  },
  {
    id: "seyna",
    name: "Seyna API v2",
    vendor: "Seyna",
    purpose:
      "Report the contracts, receipts, claims and settlements of the portfolios Seyna insures: objects are created and updated with `PUT` on ids you choose, versioned, and listed with cursor pagination.",
    clientAuth:
      "HTTP Basic with your API key id and secret, sent with every request; `seyna.paginate()` follows the `next` cursors for you.",
    specPackage: "@partner-apis/spec-seyna",
    clientPackage: "@partner-apis/seyna",
    clientFactory: "createSeynaClient",
    clientVariable: "seyna",
    credentials: [
      { option: "apiKeyId", env: "SEYNA_API_KEY_ID" },
      { option: "apiKeySecret", env: "SEYNA_API_KEY_SECRET" },
    ],
    mockPort: 4012,
    languages: ["en"],
  },
];

/** The provider registered under `id`. */
export function provider(id: ProviderId): ProviderInfo {
  const found = PROVIDERS.find((p) => p.id === id);
  if (!found) throw new Error(`unknown provider "${id}": expected one of ${PROVIDERS.map((p) => p.id).join(", ")}`);
  return found;
}

/** The URL of the provider's local mock (`npm start` / `pnpm mock` run it). */
export function mockUrl(p: ProviderInfo): string {
  return `http://127.0.0.1:${p.mockPort}`;
}
