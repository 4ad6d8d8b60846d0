import { describe, expect, it } from "vitest";
import { type CursorPage, PaginationError, paginateCursor, paginateCursorPages } from "../src/paginate.js";

/** A fake provider over `pages`: cursor `c<i>` fetches page i; records every cursor asked for. */
function chain<T>(pages: Array<CursorPage<T>>) {
  const calls: Array<string | undefined> = [];
  const fetchPage = async (cursor: string | undefined): Promise<CursorPage<T>> => {
    calls.push(cursor);
    const index = cursor === undefined ? 0 : Number(cursor.slice(1));
    const page = pages[index];
    if (!page) throw new Error(`test chain has no page for cursor ${String(cursor)}`);
    return page;
  };
  return { fetchPage, calls };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("paginateCursor", () => {
  it("follows next across pages and stops when next is absent", async () => {
    const { fetchPage, calls } = chain([{ items: [1, 2], next: "c1" }, { items: [3, 4], next: "c2" }, { items: [5] }]);
    expect(await collect(paginateCursor(fetchPage))).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([undefined, "c1", "c2"]);
  });

  it("treats next: null and next: '' as the last page", async () => {
    for (const last of [null, ""]) {
      const { fetchPage, calls } = chain([
        { items: ["a"], next: "c1" },
        { items: ["b"], next: last },
      ]);
      expect(await collect(paginateCursor(fetchPage))).toEqual(["a", "b"]);
      expect(calls).toHaveLength(2);
    }
  });

  it("yields nothing for an empty list and fetches once", async () => {
    const { fetchPage, calls } = chain<number>([{ items: [] }]);
    expect(await collect(paginateCursor(fetchPage))).toEqual([]);
    expect(calls).toEqual([undefined]);
  });

  it("keeps going through an empty page that still has a next", async () => {
    const { fetchPage } = chain([{ items: [1], next: "c1" }, { items: [], next: "c2" }, { items: [2] }]);
    expect(await collect(paginateCursor(fetchPage))).toEqual([1, 2]);
  });

  it("fails on a cursor that repeats, naming the cursor and the page, after yielding what it got", async () => {
    // Page 3 hands back c1 again: a naive loop would fetch pages 2 and 3 forever.
    const { fetchPage, calls } = chain([
      { items: [1], next: "c1" },
      { items: [2], next: "c2" },
      { items: [3], next: "c1" },
    ]);
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of paginateCursor(fetchPage)) seen.push(item);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    const pagination = error as PaginationError;
    expect(pagination.page).toBe(3);
    expect(pagination.cursor).toBe("c1");
    expect(pagination.message).toContain('"c1"');
    expect(pagination.message).toContain("page 3");
    expect(pagination.message).toContain("page 2");
    expect(seen).toEqual([1, 2, 3]);
    expect(calls).toEqual([undefined, "c1", "c2"]);
  });

  it("fails when a page names itself as next", async () => {
    const { fetchPage, calls } = chain([
      { items: [1], next: "c1" },
      { items: [2], next: "c1" },
    ]);
    await expect(collect(paginateCursor(fetchPage))).rejects.toThrow(
      /page 2 answered next cursor "c1", which already fetched page 2/,
    );
    expect(calls).toHaveLength(2);
  });

  it("stops fetching when the consumer breaks out", async () => {
    const { fetchPage, calls } = chain([{ items: [1, 2], next: "c1" }, { items: [3], next: "c2" }, { items: [4] }]);
    for await (const item of paginateCursor(fetchPage)) {
      if (item === 2) break;
    }
    expect(calls).toEqual([undefined]);
  });

  it("fetches lazily: nothing before the first next()", async () => {
    const { fetchPage, calls } = chain([{ items: [1] }]);
    const iterator = paginateCursor(fetchPage);
    expect(calls).toEqual([]);
    expect(await iterator.next()).toEqual({ value: 1, done: false });
    expect(calls).toEqual([undefined]);
  });

  it("propagates a fetch failure unchanged", async () => {
    const boom = new Error("connection reset");
    const fetchPage = async (cursor: string | undefined): Promise<CursorPage<number>> => {
      if (cursor === undefined) return { items: [1], next: "c1" };
      throw boom;
    };
    const iterator = paginateCursor(fetchPage);
    expect((await iterator.next()).value).toBe(1);
    await expect(iterator.next()).rejects.toBe(boom);
  });

  it("rejects a page that is not { items: [] }, naming the page and what it found", async () => {
    const fetchPage = async (cursor: string | undefined) =>
      (cursor === undefined ? { items: [1], next: "c1" } : { data: [2] }) as unknown as CursorPage<number>;
    await expect(collect(paginateCursor(fetchPage))).rejects.toThrow(
      "Page 2: expected items to be an array, found undefined",
    );
  });

  it("rejects a next that is not a string", async () => {
    const fetchPage = async () => ({ items: [1], next: 42 }) as unknown as CursorPage<number>;
    await expect(collect(paginateCursor(fetchPage))).rejects.toThrow(
      "Page 1: expected next to be a string cursor or absent, found 42",
    );
  });

  it("rejects a fetchPage that is not a function", async () => {
    await expect(collect(paginateCursor(undefined as never))).rejects.toThrow(
      "expected fetchPage to be a function, found undefined",
    );
  });

  it("resumes from a start cursor", async () => {
    const { fetchPage, calls } = chain([{ items: [1], next: "c1" }, { items: [2], next: "c2" }, { items: [3] }]);
    expect(await collect(paginateCursor(fetchPage, { startCursor: "c1" }))).toEqual([2, 3]);
    expect(calls).toEqual(["c1", "c2"]);
  });
});

describe("paginateCursorPages", () => {
  it("numbers pages from 1 with the cursor that fetched each", async () => {
    const { fetchPage } = chain([{ items: ["a"], next: "c1" }, { items: ["b"] }]);
    expect(await collect(paginateCursorPages(fetchPage))).toEqual([
      { page: 1, cursor: undefined, items: ["a"], next: "c1" },
      { page: 2, cursor: "c1", items: ["b"], next: undefined },
    ]);
  });
});
