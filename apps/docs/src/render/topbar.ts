// The bar at the top of every page: home, every registry provider's reference, search, theme toggle,
// the language switch (which keeps the reader's #anchor, see the app script).
import type { Language } from "../providers.js";
import { PROVIDERS } from "../providers.js";
import type { PageLocation } from "../site-map.js";
import { LANDING, referenceLocation, relativeUrl } from "../site-map.js";
import { escapeHtml } from "./html.js";
import type { UiText } from "./ui-text.js";

export interface TopbarOptions {
  page: PageLocation;
  text: UiText;
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
export function topbar({ page, text, current, languages = [], extra = [] }: TopbarOptions): string {
  const language = languages.find((l) => l.current)?.language ?? "en";
  const providerLinks = PROVIDERS.map((p) => {
    const target = p.languages.includes(language) ? language : "en";
    const href = relativeUrl(page, referenceLocation(p, target).dir);
    const active = p.id === current ? ' aria-current="page"' : "";
    return `<a class="pa-topbar-link" href="${href}"${active}>${escapeHtml(p.names[language])}</a>`;
  }).join("");
  const languageLinks =
    languages.length > 1
      ? `<nav class="pa-lang" aria-label="${escapeHtml(text.language)}">${languages
          .map(({ language: l, href, current: isCurrent }) => {
            const name = LANGUAGE_NAMES[l];
            return isCurrent
              ? `<span class="pa-lang-current" lang="${l}" title="${name.long}">${name.short}</span>`
              : `<a class="pa-lang-link" href="${href}" hreflang="${l}" lang="${l}" title="${name.long}">${name.short}</a>`;
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
  <nav class="pa-topbar-nav" aria-label="API">${providerLinks}</nav>
  <div class="pa-topbar-end">
    <button type="button" class="pa-search-open" aria-haspopup="dialog" aria-controls="pa-search">${escapeHtml(text.search)} <kbd>${escapeHtml(text.searchHint)}</kbd></button>
    <button type="button" class="pa-theme-toggle" aria-pressed="false" title="${escapeHtml(text.themeToDark)}">${escapeHtml(text.theme)}</button>
    ${languageLinks}${extraLinks}
  </div>
</header>`;
}
