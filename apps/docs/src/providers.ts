// The providers the site documents, read from the registry of `@partner-apis/contract-core` (each
// `specs/<id>/provider.json`). Everything per provider (pages, landing cards, mock URLs, languages,
// credentials, auth kind) comes from here; nothing in apps/docs/src names a provider.
import type { AuthKind, ClientCredential, Language, LocalizedText, Provider } from "@partner-apis/contract-core";
import { discoverProviders, findSpecsDir } from "@partner-apis/contract-core";
import { APP_ROOT } from "./app-root.js";

export type { AuthKind, Language };
export type ProviderId = string;
export type ClientCredentialOption = ClientCredential;

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
  specPackage: string | undefined;
  bundlePath: string;
  clientPackage: string;
  clientFactory: string;
  clientVariable: string;
  credentials: ClientCredentialOption[];
  mockPort: number;
  languages: Language[];
}

/** The docs' view of one registry provider. */
export function fromRegistry(m: Provider): ProviderInfo {
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
    specPackage: m.specPackage,
    bundlePath: m.bundlePath,
    clientPackage: m.client.package,
    clientFactory: m.client.factory,
    clientVariable: m.client.variable,
    credentials: m.client.credentials,
    mockPort: m.mockPort,
    languages: m.languages,
  };
}

/**
 * Every provider of the registry, sorted by mock port: the workspace's `specs/`, or the directory in
 * DOCS_SPECS_DIR laid out the same way (how the tests build a site for a provider the workspace lacks).
 */
export const PROVIDERS: readonly ProviderInfo[] = discoverProviders(
  process.env.DOCS_SPECS_DIR || findSpecsDir(APP_ROOT),
).map(fromRegistry);

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
