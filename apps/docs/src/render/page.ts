// What every page shares: the head (stylesheet, theme applied before first paint), the skip link and
// top bar, the search dialog and the app script.
import type { Language } from "../providers.js";
import type { PageLocation } from "../site-map.js";
import { LANDING, relativeUrl } from "../site-map.js";
import { escapeHtml, FAVICON_LINK } from "./html.js";
import type { SiteAssets } from "./reference.js";
import type { TopbarOptions } from "./topbar.js";
import { topbar } from "./topbar.js";
import { uiText } from "./ui-text.js";

export interface HeadOptions {
  page: PageLocation;
  language: Language;
  title: string;
  description: string;
  assets: SiteAssets;
  alternates?: Array<{ language: Language; href: string }>;
}

// Runs before the first paint so a reader who chose a theme never sees the other one flash.
const THEME_BOOT = `<script>try{var t=localStorage.getItem("pa-theme");if(t==="dark"||t==="light")document.documentElement.setAttribute("data-theme",t)}catch(e){}</script>`;

/** `<!doctype html>` through `</head>`. */
export function pageHead({ page, language, title, description, assets, alternates = [] }: HeadOptions): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${FAVICON_LINK}
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
${THEME_BOOT}
<link rel="stylesheet" href="${relativeUrl(page, assets.css)}">
${alternates.length > 1 ? alternates.map((a) => `<link rel="alternate" hreflang="${a.language}" href="${a.href}">`).join("\n") : ""}
</head>`;
}

export interface ShellOptions extends Omit<TopbarOptions, "text"> {
  language: Language;
  assets: SiteAssets;
}

/** The skip link and the top bar. */
export function pageShellStart(options: ShellOptions): string {
  const t = uiText(options.language);
  return `<a class="pa-skip" href="#main">${escapeHtml(t.skip)}</a>
${topbar({ ...options, text: t })}`;
}

/** The search dialog and the scripts, at the end of `<body>`. */
export function pageShellEnd({ page, assets }: { page: PageLocation; assets: SiteAssets }): string {
  const language = (page as { language?: Language }).language ?? "en";
  const t = uiText(language);
  const index = assets.search[language] ?? assets.search.en!;
  return `<div class="pa-search" id="pa-search" role="dialog" aria-modal="true" aria-label="${escapeHtml(t.searchLabel)}" hidden>
<div class="pa-search-box">
<label class="pa-visually-hidden" for="pa-search-input">${escapeHtml(t.searchLabel)}</label>
<input id="pa-search-input" type="search" autocomplete="off" spellcheck="false" placeholder="${escapeHtml(t.searchPlaceholder)}" aria-controls="pa-search-results" aria-describedby="pa-search-status">
<ul id="pa-search-results" class="pa-search-results" aria-label="${escapeHtml(t.search)}"></ul>
<p class="pa-search-empty" hidden>${escapeHtml(t.searchEmpty)}</p>
<p id="pa-search-status" class="pa-visually-hidden" aria-live="polite"></p>
<button type="button" class="pa-button pa-search-close">${escapeHtml(t.close)}</button>
</div>
</div>
<script id="pa-page" type="application/json">${JSON.stringify({
    root: relativeUrl(page, LANDING.dir),
    searchIndex: relativeUrl(page, index),
    language,
    text: {
      tryItTitle: t.tryItTitle,
      server: t.server,
      serverMock: t.serverMock,
      serverCustom: t.serverCustom,
      customUrl: t.customUrl,
      credentials: t.credentials,
      credentialsNote: t.credentialsNote,
      parameters: t.parameters,
      body: t.body,
      send: t.send,
      sending: t.sending,
      status: t.status,
      headers: t.headers,
      responseBody: t.responseBody,
      tokenFailed: t.tokenFailed,
      networkError: t.networkError,
      copied: t.copied,
      copy: t.copy,
      themeToLight: t.themeToLight,
      themeToDark: t.themeToDark,
      operation: t.operations,
      schema: t.schemas,
      required: t.required,
    },
  }).replace(/</g, "\\u003c")}</script>
<script src="${relativeUrl(page, assets.app)}" defer></script>`;
}
