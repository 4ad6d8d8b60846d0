// Search ranking, shared by the browser (bundled into assets/app.js) and the unit tests.
// Operations rank above schemas; an exact title comes first; operationId and path match too; a word
// of four letters or more may carry one typo (insertion, deletion, substitution or swap).

export interface SearchEntry {
  kind: "operation" | "schema";
  title: string;
  operationId?: string;
  method?: string;
  path?: string;
  /** The API's display name. */
  api: string;
  /** From the site root, e.g. `seyna/#operation/upsertContract`. */
  url: string;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** Lower case, accents removed: "Séance" and "seance" are the same word. */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** The words of a text; camelCase and path segments split too ("upsertContract" → upsert, contract). */
export function words(text: string): string[] {
  return normalize(text.replace(/([a-z0-9])([A-Z])/g, "$1 $2"))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Optimal string alignment distance (a swap of two neighbours counts as one edit), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  const cells = new Uint16Array((a.length + 1) * width);
  const at = (i: number, j: number) => cells[i * width + j] ?? 0;
  for (let j = 0; j <= b.length; j++) cells[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cells[i * width] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      cells[i * width + j] = value;
    }
  }
  return at(a.length, b.length);
}

/** How well one query word matches one entry word: 3 exact, 2 prefix, 1 one typo, 0 none. */
function wordScore(query: string, word: string): number {
  if (word === query) return 3;
  if (word.startsWith(query)) return 2;
  if (query.length >= 4) {
    if (editDistance(query, word) <= 1) return 1;
    // A typo in a word still being typed: compare with the word's start of the same length.
    if (word.length > query.length && editDistance(query, word.slice(0, query.length)) <= 1) return 1;
  }
  return 0;
}

/** The score of one entry for a query (0: no match). Any matching operation outscores every schema. */
export function scoreEntry(entry: SearchEntry, query: string): number {
  const score = matchScore(entry, query);
  return entry.kind === "schema" ? score / 100 : score;
}

function matchScore(entry: SearchEntry, query: string): number {
  const q = normalize(query.trim());
  if (!q) return 0;
  const title = normalize(entry.title);
  const id = normalize(entry.operationId ?? "");
  const path = normalize(entry.path ?? "");
  // The final period of a summary ("Execute a seance.") is not part of what readers type.
  if (title === q || title.replace(/\.$/, "") === q.replace(/\.$/, "")) return 10_000;
  if (id === q || path === q || `${normalize(entry.method ?? "")} ${path}` === q) return 9_000;
  const haystack = [...words(entry.title), ...words(entry.operationId ?? ""), ...words(entry.path ?? "")];
  const queryWords = words(query);
  if (queryWords.length === 0) return 0;
  let total = 0;
  for (const qw of queryWords) {
    let best = 0;
    for (const w of haystack) best = Math.max(best, wordScore(qw, w));
    if (best === 0) return 0;
    total += best;
  }
  // Every query word matched: closeness first, then the phrase itself, then shorter titles.
  const phrase = title.startsWith(q) ? 40 : title.includes(q) || id.includes(q) || path.includes(q) ? 20 : 0;
  return 1_000 + (total / queryWords.length) * 30 + phrase - Math.min(title.length, 80) / 10;
}

/** The entries matching `query`, best first (at most `limit`). */
export function search(entries: readonly SearchEntry[], query: string, limit = 20): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, query);
    if (score > 0) hits.push({ entry, score });
  }
  hits.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title));
  return hits.slice(0, limit);
}
