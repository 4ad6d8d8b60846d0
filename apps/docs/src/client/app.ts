// The only script of the site (bundled to assets/app.<hash>.js): search (Ctrl/Cmd-K), Try it, the
// theme toggle, copy buttons, the narrow-screen contents toggle, and the EN⇄FR switch keeping #anchor.
import type { SearchEntry } from "./search.js";
import { search } from "./search.js";
import { setupTryIt } from "./try-it.js";

interface PageData {
  root: string;
  searchIndex: string;
  language: string;
  text: Record<string, string>;
}

const page = JSON.parse(document.getElementById("pa-page")?.textContent ?? "{}") as PageData;

/** The page's interface string `key` (the key itself if the page lacks it). */
const say = (key: string): string => page.text[key] ?? key;

function setupTheme(): void {
  const button = document.querySelector<HTMLButtonElement>(".pa-theme-toggle");
  if (!button) return;
  const root = document.documentElement;
  const isDark = () =>
    root.dataset.theme === "dark" || (!root.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
  const sync = () => {
    button.setAttribute("aria-pressed", String(isDark()));
    button.title = isDark() ? say("themeToLight") : say("themeToDark");
  };
  button.addEventListener("click", () => {
    const next = isDark() ? "light" : "dark";
    root.dataset.theme = next;
    try {
      localStorage.setItem("pa-theme", next);
    } catch {
      // Storage refused (private mode): the choice lasts for this page only.
    }
    sync();
  });
  sync();
}

function setupLanguageLinks(): void {
  // Switching language keeps the reader's place: anchors are the same on every language's page.
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".pa-lang-link")) {
    const base = link.getAttribute("href")!.split("#")[0]!;
    const update = () => link.setAttribute("href", base + location.hash);
    update();
    addEventListener("hashchange", update);
    link.addEventListener("click", update);
  }
}

function setupCopy(): void {
  document.addEventListener("click", (event) => {
    const button = (event.target as Element).closest?.(".pa-copy");
    if (!button) return;
    const code = button.closest("figure")?.querySelector("code")?.textContent ?? "";
    void navigator.clipboard?.writeText(code).then(() => {
      button.textContent = say("copied");
      setTimeout(() => {
        button.textContent = say("copy");
      }, 1500);
    });
  });
}

function setupToc(): void {
  const toggle = document.querySelector<HTMLButtonElement>(".pa-toc-toggle");
  const sidebar = document.getElementById("pa-sidebar");
  if (!toggle || !sidebar) return;
  toggle.addEventListener("click", () => {
    const open = sidebar.classList.toggle("pa-open");
    toggle.setAttribute("aria-expanded", String(open));
  });
  sidebar.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a")) {
      sidebar.classList.remove("pa-open");
      toggle.setAttribute("aria-expanded", "false");
    }
  });
}

function setupSearch(): void {
  const dialog = document.getElementById("pa-search");
  const input = document.getElementById("pa-search-input") as HTMLInputElement | null;
  const list = document.getElementById("pa-search-results");
  const empty = dialog?.querySelector<HTMLElement>(".pa-search-empty");
  if (!dialog || !input || !list || !empty) return;
  let entries: SearchEntry[] | undefined;
  let loading: Promise<SearchEntry[]> | undefined;
  let active = 0;
  let opener: HTMLElement | null = null;
  const load = () => {
    loading ??= fetch(page.searchIndex)
      .then((r) => r.json() as Promise<SearchEntry[]>)
      .then((loaded) => {
        entries = loaded;
        return loaded;
      });
    return loading;
  };
  const href = (entry: SearchEntry) => {
    const target = new URL(page.root + entry.url, location.href);
    return target.pathname === location.pathname ? target.hash : target.href;
  };
  const render = () => {
    const hits = entries ? search(entries, input.value) : [];
    active = Math.min(active, Math.max(0, hits.length - 1));
    list.innerHTML = "";
    hits.forEach((hit, index) => {
      const { entry } = hit;
      const li = document.createElement("li");
      if (index === active) li.className = "pa-active";
      const a = document.createElement("a");
      a.href = href(entry);
      a.tabIndex = -1;
      if (index === active) a.setAttribute("aria-current", "true");
      const kind = document.createElement("span");
      kind.className =
        entry.kind === "operation" ? `pa-method pa-method-${(entry.method ?? "").toLowerCase()}` : "pa-kind";
      kind.textContent = entry.kind === "operation" ? (entry.method ?? "") : say("schema");
      const title = document.createElement("span");
      title.className = "pa-hit-title";
      title.textContent = entry.title;
      const meta = document.createElement("span");
      meta.className = "pa-hit-meta";
      meta.textContent = [entry.api, entry.path, entry.operationId].filter(Boolean).join(" · ");
      a.append(kind, " ", title, meta);
      li.append(a);
      list.append(li);
    });
    empty.hidden = hits.length > 0 || input.value.trim() === "";
    const status = document.getElementById("pa-search-status");
    if (status) status.textContent = input.value.trim() ? String(hits.length) : "";
  };
  const open = () => {
    opener = document.activeElement as HTMLElement | null;
    dialog.hidden = false;
    input.focus();
    input.select();
    void load().then(render);
  };
  const close = () => {
    dialog.hidden = true;
    opener?.focus?.();
  };
  const go = (index: number) => {
    const link = list.querySelectorAll<HTMLAnchorElement>("a")[index];
    if (!link) return;
    dialog.hidden = true;
    location.href = link.href;
  };
  for (const button of document.querySelectorAll(".pa-search-open")) button.addEventListener("click", open);
  dialog.querySelector(".pa-search-close")?.addEventListener("click", close);
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) close();
    const link = (event.target as Element).closest("a");
    if (link) dialog.hidden = true;
  });
  input.addEventListener("input", () => {
    active = 0;
    if (entries) render();
    else void load().then(render);
  });
  input.addEventListener("keydown", (event) => {
    const count = list.children.length;
    if (event.key === "ArrowDown") active = Math.min(count - 1, active + 1);
    else if (event.key === "ArrowUp") active = Math.max(0, active - 1);
    else if (event.key === "Enter") {
      event.preventDefault();
      if (entries) go(active);
      else
        void load().then(() => {
          render();
          go(0);
        });
      return;
    } else if (event.key === "Escape") return close();
    else return;
    event.preventDefault();
    render();
  });
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
      event.preventDefault();
      if (dialog.hidden) open();
      else close();
    }
  });
}

setupTheme();
setupLanguageLinks();
setupCopy();
setupToc();
setupSearch();
setupTryIt(page.text);
document.body.setAttribute("data-rendered", "true");
