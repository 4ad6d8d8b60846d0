// The bar at the top of every page: home, the three references, the language switch.
import type { Language } from "../providers.js";
import { PROVIDERS } from "../providers.js";
import type { PageLocation } from "../site-map.js";
import { LANDING, referenceLocation, relativeUrl } from "../site-map.js";
import { escapeHtml } from "./html.js";

export interface TopbarOptions {
  page: PageLocation;
  /** The provider whose reference is shown, to highlight it. */
  current?: string;
  /** Language links of the current page (only for pages published in several languages). */
  languages?: Array<{ language: Language; href: string; current: boolean }>;
  /** Extra links on the right, e.g. the OpenAPI download. */
  extra?: Array<{ label: string; href: string; download?: boolean }>;
}

const LANGUAGE_NAMES: Record<Language, { short: string; long: string }> = {
  en: { short: "EN", long: "English" },
  fr: { short: "FR", long: "Français" },
};

/** The top bar's HTML. */
export function topbar({ page, current, languages = [], extra = [] }: TopbarOptions): string {
  const providerLinks = PROVIDERS.map((p) => {
    const href = relativeUrl(page, referenceLocation(p, "en").dir);
    const active = p.id === current ? ' aria-current="page"' : "";
    return `<a class="pa-topbar-link" href="${href}"${active}>${escapeHtml(p.name)}</a>`;
  }).join("");
  const languageLinks =
    languages.length > 1
      ? `<nav class="pa-lang" aria-label="Language">${languages
          .map(({ language, href, current: isCurrent }) => {
            const name = LANGUAGE_NAMES[language];
            return isCurrent
              ? `<span class="pa-lang-current" lang="${language}" title="${name.long}">${name.short}</span>`
              : `<a href="${href}" hreflang="${language}" lang="${language}" title="${name.long}">${name.short}</a>`;
          })
          .join("")}</nav>`
      : "";
  const extraLinks = extra
    .map(
      (link) =>
        `<a class="pa-topbar-extra" href="${link.href}"${link.download ? " download" : ""}>${escapeHtml(link.label)}</a>`,
    )
    .join("");
  return `<header class="pa-topbar">
  <a class="pa-brand" href="${relativeUrl(page, LANDING.dir)}"><span class="pa-brand-mark" aria-hidden="true">{ }</span><span class="pa-brand-text"> Partner APIs</span></a>
  <nav class="pa-topbar-nav" aria-label="API references">${providerLinks}</nav>
  <div class="pa-topbar-end">${languageLinks}${extraLinks}</div>
</header>`;
}
