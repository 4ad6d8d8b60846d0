// Cursor pagination shared by every client: follow `next` until it is absent, and refuse to loop.
import { describeValue as describe } from "./validate.js";

/** One page as a provider returns it: its items and the cursor of the following page, if any. */
export interface CursorPage<T> {
  items: T[];
  /** Cursor of the following page; `undefined`, `null` or `""` means this is the last page. */
  next?: string | null;
}

/** Fetches the page at `cursor` (`undefined` = the first page). */
export type FetchCursorPage<T> = (cursor: string | undefined) => Promise<CursorPage<T>>;

/** A page as the paginator yields it: numbered from 1, with the cursor that fetched it. */
export interface NumberedPage<T> {
  /** 1 for the first page. */
  page: number;
  /** The cursor this page was fetched with (`undefined` for the first page). */
  cursor: string | undefined;
  items: T[];
  /** Cursor of the following page; `undefined` on the last page. */
  next: string | undefined;
}

export interface PaginateCursorOptions {
  /** Cursor to start from instead of the first page (to resume a traversal). */
  startCursor?: string;
}

/** Thrown when a provider breaks pagination: a cursor that repeats, or a page that is not a page. */
export class PaginationError extends Error {
  override readonly name = "PaginationError";
  /** The page (from 1) whose answer broke pagination. */
  readonly page: number;
  /** The offending cursor, when one is involved. */
  readonly cursor: string | undefined;

  constructor(message: string, page: number, cursor?: string) {
    super(message);
    this.page = page;
    this.cursor = cursor;
  }
}

/**
 * Yields every page, following each page's `next` until it is absent. A cursor already used fails
 * with a PaginationError naming the cursor and the page, instead of fetching the same pages forever.
 */
export async function* paginateCursorPages<T>(
  fetchPage: FetchCursorPage<T>,
  options: PaginateCursorOptions = {},
): AsyncGenerator<NumberedPage<T>, void, undefined> {
  if (typeof fetchPage !== "function") {
    throw new TypeError(`paginateCursor: expected fetchPage to be a function, found ${describe(fetchPage)}`);
  }
  let cursor = options.startCursor === "" ? undefined : options.startCursor;
  // Every cursor used so far, with the page it fetched: a provider that hands one back again would
  // make us loop; the map lets the error say which earlier page it came from.
  const seen = new Map<string, number>();
  for (let page = 1; ; page++) {
    if (cursor !== undefined) seen.set(cursor, page);
    const result = await fetchPage(cursor);
    const { items, next } = checkPage(result, page);
    yield { page, cursor, items, next };
    if (next === undefined) return;
    const firstUse = seen.get(next);
    if (firstUse !== undefined) {
      throw new PaginationError(
        `Pagination loop: page ${page} answered next cursor ${JSON.stringify(next)}, which already fetched page ${firstUse} (expected a new cursor, or no next on the last page)`,
        page,
        next,
      );
    }
    cursor = next;
  }
}

/** Yields every item of every page, following `next` until it is absent (see `paginateCursorPages`). */
export async function* paginateCursor<T>(
  fetchPage: FetchCursorPage<T>,
  options: PaginateCursorOptions = {},
): AsyncGenerator<T, void, undefined> {
  for await (const page of paginateCursorPages(fetchPage, options)) yield* page.items;
}

/** `Page N: expected <what>, found <value>`. */
const badPage = (page: number, what: string, value: unknown) =>
  new PaginationError(`Page ${page}: expected ${what}, found ${describe(value)}`, page);

function checkPage<T>(result: CursorPage<T>, page: number): { items: T[]; next: string | undefined } {
  if (result === null || typeof result !== "object") throw badPage(page, "{ items, next? } from fetchPage", result);
  const { items, next } = result;
  if (!Array.isArray(items)) throw badPage(page, "items to be an array", items);
  if (next !== undefined && next !== null && typeof next !== "string")
    throw badPage(page, "next to be a string cursor or absent", next);
  return { items, next: next || undefined };
}
