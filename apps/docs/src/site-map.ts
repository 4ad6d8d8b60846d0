// Where each page of the site lives. Every link is relative, so the site works from any base path.
import { posix } from "node:path";
import type { Language, ProviderId, ProviderInfo } from "./providers.js";
import { PROVIDERS } from "./providers.js";

export interface PageLocation {
  /** Directory of the page under the site root, "" for the landing page, e.g. "coanda/fr/". */
  dir: string;
  /** File written under the site root. */
  file: string;
}

export interface ReferenceLocation extends PageLocation {
  provider: ProviderInfo;
  language: Language;
}

export const LANDING: PageLocation = { dir: "", file: "index.html" };

/** The reference page of a provider in a language: `premiums/`, `coanda/fr/`. */
export function referenceLocation(provider: ProviderInfo, language: Language): ReferenceLocation {
  const dir = language === "en" ? `${provider.id}/` : `${provider.id}/${language}/`;
  return { provider, language, dir, file: `${dir}index.html` };
}

/** Every reference page the site has, in reading order. */
export function referenceLocations(): ReferenceLocation[] {
  return PROVIDERS.flatMap((p) => p.languages.map((language) => referenceLocation(p, language)));
}

/** The relative URL from the page in `from` to the directory or file `to` (both relative to the root). */
export function relativeUrl(from: PageLocation, to: string): string {
  const fromDir = `/${from.dir}`;
  const target = `/${to}`;
  const relativePath = posix.relative(fromDir, target);
  if (relativePath === "") return "./";
  // posix.relative drops the trailing slash that marks a directory URL.
  return target.endsWith("/") ? `${relativePath}/` : relativePath;
}

/** Where the untouched bundle of a provider is published for download. */
export function bundleFile(id: ProviderId): string {
  return `openapi/${id}.json`;
}
