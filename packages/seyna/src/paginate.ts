// Seyna's cursor pagination, typed from the contract: `from` ← `next` until `next` is absent.
import { paginateCursorPages, type ApiClient, type NumberedPage, type RequestExtras } from "@partner-apis/runtime";
import type { paths } from "./generated/seyna.js";

/** The JSON body of an operation's 200 response. */
type OkBody<Operation> = Operation extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;

/** Every path whose GET answers a list envelope (`{ object: "list", data, next? }`). */
export type SeynaListPath = {
  [P in keyof paths]: paths[P] extends { get: infer Operation } ? (OkBody<Operation> extends { object: "list"; data: unknown[] } ? P : never) : never;
}[keyof paths];

/** The item type of a list path: the element of its response's `data`. */
export type SeynaListItem<P extends SeynaListPath> = OkBody<paths[P]["get"]>["data"][number];

type ListParameters<P extends SeynaListPath> = paths[P]["get"]["parameters"];
type ListQuery<P extends SeynaListPath> = NonNullable<ListParameters<P>["query"]>;
type NeedsPathParams<P extends SeynaListPath> = ListParameters<P> extends { path: infer Path } ? ([Path] extends [never] ? false : true) : false;

/** The parameters of a list call; `limit` is set through `pageSize`, and `from` resumes from a saved cursor. */
export type SeynaListParams<P extends SeynaListPath> = (NeedsPathParams<P> extends true
  ? { path: NonNullable<ListParameters<P>["path"]> }
  : { path?: never }) & { query?: Omit<ListQuery<P>, "limit"> };

interface PaginateOptionsBase {
  /** Items per page, sent as `limit`: an integer from 1 to 100 (Seyna's default is 10). */
  pageSize?: number;
  /** Stop after this many items, without fetching further pages. */
  maxItems?: number;
  /** Per-request extras applied to every page (retry, timeoutMs, signal). */
  request?: RequestExtras;
}

/** Options of `seyna.paginate(path, options)`; `params` is required when the path has path parameters. */
export type SeynaPaginateOptions<P extends SeynaListPath> = PaginateOptionsBase &
  (NeedsPathParams<P> extends true ? { params: SeynaListParams<P> } : { params?: SeynaListParams<P> });

/** One fetched page: its number (from 1), the cursor that fetched it, its items, `next` and the list's `url`. */
export interface SeynaPage<T> extends NumberedPage<T> {
  url: string;
}

/** Iterates a list's items across pages; `.pages()` iterates pages, `.toArray()` collects every item. */
export interface SeynaPager<T> extends AsyncIterableIterator<T> {
  /** A new traversal yielding whole pages instead of items. */
  pages(): AsyncIterableIterator<SeynaPage<T>>;
  /** Collects every remaining item (bounded by `maxItems` when given). */
  toArray(): Promise<T[]>;
}

/** The `paginate` method of a Seyna client. */
export type SeynaPaginate = <P extends SeynaListPath>(
  path: P,
  ...options: NeedsPathParams<P> extends true ? [SeynaPaginateOptions<P>] : [SeynaPaginateOptions<P>?]
) => SeynaPager<SeynaListItem<P>>;

/** Seyna's bounds for `limit`. */
export const MIN_PAGE_SIZE = 1;
export const MAX_PAGE_SIZE = 100;

interface ListEnvelope {
  url: string;
  data: unknown[];
  next?: string | null;
}

/** Builds `paginate` over a client: each page is a `GET path?limit=…&sort=…&from=<next>` through `client.throwing`. */
export function createPaginate(client: ApiClient<paths>): SeynaPaginate {
  return ((path: SeynaListPath, options: PaginateOptionsBase & { params?: { path?: Record<string, string>; query?: Record<string, unknown> } } = {}) => {
    if (options === null || typeof options !== "object") {
      throw new TypeError(`seyna.paginate(${JSON.stringify(path)}, options): expected options to be an object, found ${options === null ? "null" : typeof options}`);
    }
    const { from, limit, ...query } = options.params?.query ?? {};
    const pageSize = checkPageSize(options.pageSize ?? limit, options.pageSize === undefined && limit !== undefined ? "params.query.limit" : "pageSize");
    const maxItems = checkMaxItems(options.maxItems);
    const startCursor = checkFrom(from);

    const fetchPage = async (cursor: string | undefined) => {
      const params = {
        path: options.params?.path,
        query: { ...query, ...(pageSize === undefined ? {} : { limit: pageSize }), ...(cursor === undefined ? {} : { from: cursor }) },
      };
      const body = (await (client.throwing.GET as (p: string, init: unknown) => Promise<unknown>)(path, { ...options.request, params })) as ListEnvelope;
      if (body === null || typeof body !== "object" || !Array.isArray(body.data)) {
        throw new TypeError(`seyna.paginate(${JSON.stringify(path)}): expected a list envelope { object: "list", data: [...] }, found ${describe(body)}`);
      }
      return { items: body.data, next: body.next, url: body.url };
    };

    async function* pages(): AsyncGenerator<SeynaPage<unknown>, void, undefined> {
      let remaining = maxItems ?? Number.POSITIVE_INFINITY;
      if (remaining === 0) return;
      let url = "";
      const fetchAndKeepUrl = async (cursor: string | undefined) => {
        const page = await fetchPage(cursor);
        url = page.url;
        return page;
      };
      for await (const page of paginateCursorPages(fetchAndKeepUrl, { startCursor })) {
        const items = page.items.length > remaining ? page.items.slice(0, remaining) : page.items;
        remaining -= items.length;
        yield { ...page, items, url };
        if (remaining <= 0) return;
      }
    }

    async function* items(): AsyncGenerator<unknown, void, undefined> {
      for await (const page of pages()) yield* page.items;
    }

    const iterator = items();
    return Object.assign(iterator, {
      pages: () => pages(),
      toArray: async () => {
        const all: unknown[] = [];
        for await (const item of iterator) all.push(item);
        return all;
      },
    });
  }) as SeynaPaginate;
}

function checkPageSize(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < MIN_PAGE_SIZE || value > MAX_PAGE_SIZE) {
    throw new RangeError(`seyna.paginate: ${name} must be an integer from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE} (Seyna's limit), found ${describe(value)}`);
  }
  return value;
}

function checkMaxItems(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`seyna.paginate: maxItems must be a non-negative integer, found ${describe(value)}`);
  }
  return value;
}

function checkFrom(value: unknown): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") throw new TypeError(`seyna.paginate: params.query.from must be a cursor string (a previous page's next), found ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return String(value);
}
