// The providers the site documents, in the shape of `@partner-apis/contract-core`'s registry
// (`specs/<id>/provider.json`). Everything per provider (pages, landing cards, mock URLs, languages,
// credentials, auth kind) is read from here; nothing else in apps/docs/src names a provider.
import { MANIFESTS } from "./registry-source.js";

export type ProviderId = string;
export type Language = "en" | "fr";
export type AuthKind = "oauth2-client-credentials" | "jwt-bearer" | "http-basic" | "api-key" | "none";

export interface ClientCredentialOption {
  /** Option name of the client factory, e.g. `clientId`. */
  option: string;
  /** Environment variable the samples read it from. */
  env: string;
}

/** A text in English, with a French version where the provider has one. */
export interface LocalizedText {
  en: string;
  fr?: string;
}

/** What a `provider.json` declares (the registry's manifest). */
export interface ProviderManifest {
  id: string;
  name: LocalizedText;
  vendor: string;
  purpose: LocalizedText;
  auth: { kind: AuthKind; summary: LocalizedText };
  mockPort: number;
  languages: Language[];
  client: { package: string; factory: string; variable: string; credentials: ClientCredentialOption[] };
  /** Workspace package holding the bundle, when the registry knows it. */
  specPackage?: string;
  /** Absolute path of `dist/openapi.json`, when the registry knows it. */
  bundlePath?: string;
}

/** A provider as the docs read it: the manifest plus the flattened names the renderers use. */
export interface ProviderInfo {
  id: ProviderId;
  /** Display name, e.g. "Premiums API". */
  name: string;
  /** Display names per language (English when a language has none). */
  names: Record<Language, string>;
  vendor: string;
  purpose: string;
  purposes: Record<Language, string>;
  /** How our client authenticates, in one sentence. */
  clientAuth: string;
  authKind: AuthKind;
  specPackage: string;
  bundlePath?: string;
  clientPackage: string;
  clientFactory: string;
  clientVariable: string;
  credentials: ClientCredentialOption[];
  mockPort: number;
  languages: Language[];
}

/** The docs' view of one registry manifest. */
export function fromManifest(m: ProviderManifest): ProviderInfo {
  const localized = (text: LocalizedText): Record<Language, string> => ({ en: text.en, fr: text.fr ?? text.en });
  return {
    id: m.id,
    name: m.name.en,
    names: localized(m.name),
    vendor: m.vendor,
    purpose: m.purpose.en,
    purposes: localized(m.purpose),
    clientAuth: m.auth.summary.en,
    authKind: m.auth.kind,
    specPackage: m.specPackage ?? `@partner-apis/spec-${m.id}`,
    ...(m.bundlePath ? { bundlePath: m.bundlePath } : {}),
    clientPackage: m.client.package,
    clientFactory: m.client.factory,
    clientVariable: m.client.variable,
    credentials: m.client.credentials,
    mockPort: m.mockPort,
    languages: m.languages,
  };
}

/** Every provider of the registry, sorted by mock port. */
export const PROVIDERS: readonly ProviderInfo[] = MANIFESTS.map(fromManifest).sort((a, b) => a.mockPort - b.mockPort);

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
