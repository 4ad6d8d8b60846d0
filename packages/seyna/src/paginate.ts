// Seyna's cursor pagination, typed from the contract: `from` ← `next` until `next` is absent.
import {
  type ApiClient,
  describeValue as describe,
  type NumberedPage,
  paginateCursorPages,
  type RequestExtras,
} from "@partner-apis/runtime";
import type { paths } from "./generated/seyna.js";

/** The JSON body of an operation's 200 response. */
type OkBody<Operation> = Operation extends { responses: { 200: { content: { "application/json": infer Body } } } }
  ? Body
  : never;

/** Every path whose GET answers a list envelope (`{ object: "list", data, next? }`). */
export type SeynaListPath = {
  [P in keyof paths]: paths[P] extends { get: infer Operation }
    ? OkBody<Operation> extends { object: "list"; data: unknown[] }
      ? P
      : never
    : never;
}[keyof paths];

/** The item type of a list path: the element of its response's `data`. */
export type SeynaListItem<P extends SeynaListPath> = OkBody<paths[P]["get"]>["data"][number];

type ListParameters<P extends SeynaListPath> = paths[P]["get"]["parameters"];
type ListQuery<P extends SeynaListPath> = NonNullable<ListParameters<P>["query"]>;
type NeedsPathParams<P extends SeynaListPath> =
  ListParameters<P> extends { path: infer Path } ? ([Path] extends [never] ? false : true) : false;

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

type Options = PaginateOptionsBase & { params?: { path?: Record<string, string>; query?: Record<string, unknown> } };

/** `seyna.paginate: <option> must be <expected>, found <value>`. */
function fail(option: string, expected: string, value: unknown, Class: ErrorConstructor = RangeError): never {
  throw new Class(`seyna.paginate: ${option} must be ${expected}, found ${describe(value)}`);
}

const isCount = (value: unknown, min: number, max = Number.POSITIVE_INFINITY) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** Builds `paginate` over a client: each page is a `GET path?limit=…&sort=…&from=<next>` through `client.throwing`. */
export function createPaginate(client: ApiClient<paths>): SeynaPaginate {
  const get = client.throwing.GET as (path: string, init: object) => Promise<ListEnvelope | null>;
  return ((path: SeynaListPath, options: Options = {}) => {
    if (options === null || typeof options !== "object") fail("options", "an object", options, TypeError);
    const { from, limit, ...query } = options.params?.query ?? {};
    const { pageSize = limit, maxItems = Number.POSITIVE_INFINITY } = options;
    if (pageSize !== undefined && !isCount(pageSize, MIN_PAGE_SIZE, MAX_PAGE_SIZE)) {
      fail(
        options.pageSize === undefined ? "params.query.limit" : "pageSize",
        `an integer from ${MIN_PAGE_SIZE} to ${MAX_PAGE_SIZE} (Seyna's limit)`,
        pageSize,
      );
    }
    if (options.maxItems !== undefined && !isCount(maxItems, 0)) fail("maxItems", "a non-negative integer", maxItems);
    if (from !== undefined && typeof from !== "string")
      fail("params.query.from", "a cursor string (a previous page's next)", from, TypeError);

    async function* pages(): AsyncGenerator<SeynaPage<unknown>, void, undefined> {
      let remaining = maxItems;
      if (remaining === 0) return;
      let url = "";
      // Absent values (no limit, first page) are left out of the query by the serializer.
      const fetchPage = async (cursor: string | undefined) => {
        const body = await get(path, {
          ...options.request,
          params: { path: options.params?.path, query: { ...query, limit: pageSize, from: cursor } },
        });
        if (!Array.isArray(body?.data)) {
          throw new TypeError(
            `seyna.paginate(${JSON.stringify(path)}): expected a list envelope { object: "list", data: [...] }, found ${describe(body)}`,
          );
        }
        url = body.url;
        return { items: body.data, next: body.next };
      };
      for await (const page of paginateCursorPages(fetchPage, { startCursor: from as string | undefined })) {
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
      pages,
      toArray: async () => {
        const all: unknown[] = [];
        for await (const item of iterator) all.push(item);
        return all;
      },
    });
  }) as SeynaPaginate;
}
