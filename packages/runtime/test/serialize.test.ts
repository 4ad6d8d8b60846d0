// The runtime's serializers must write exactly what openapi-fetch's write, for every style and edge case.
import { defaultPathSerializer as theirPath, createQuerySerializer as theirQuery } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { defaultPathSerializer as ourPath, createQuerySerializer as ourQuery } from "../src/serialize.js";

const STYLES = [undefined, "form", "simple", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"];
const VALUES: Record<string, unknown> = {
  string: "a b/c&d",
  number: 42,
  zero: 0,
  boolean: false,
  empty: "",
  array: ["x y", "z/w", 3],
  // biome-ignore lint/suspicious/noSparseArray: a hole is an edge case of its own (map() skips it)
  holes: [1, , null, undefined, "?"],
  emptyArray: [],
  object: { role: "ad min", "k/1": "v&w", n: 1, nil: null, undef: undefined },
  emptyObject: {},
  nested: { deep: { no: 1 } },
  nestedArray: [[1, 2]],
};

/** Same result, or the same error. */
const outcome = (fn: () => string) => {
  try {
    return fn();
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
};

describe("query serializer", () => {
  const optionSets: (object | undefined)[] = [undefined, {}, { allowReserved: true }];
  for (const style of STYLES)
    for (const explode of [undefined, true, false])
      for (const allowReserved of [undefined, true])
        optionSets.push({ array: { style, explode }, object: { style, explode }, allowReserved });
  it.each(optionSets.map((options) => [JSON.stringify(options), options] as const))("options %s", (_, options) => {
    const theirs = theirQuery(options as never);
    const ours = ourQuery(options as never);
    for (const [name, value] of Object.entries(VALUES)) {
      const query = { [name]: value, other: "1", nil: null };
      expect(
        outcome(() => ours(query)),
        name,
      ).toBe(outcome(() => theirs(query)));
    }
    expect(ours(undefined as never)).toBe(theirs(undefined as never));
  });
});

describe("path serializer", () => {
  const templates = ["{id}", "{id*}", "{.id}", "{.id*}", "{;id}", "{;id*}"];
  it.each(templates)("/items/%s", (template) => {
    for (const [name, value] of Object.entries(VALUES)) {
      const path = `/items/${template}/x/{missing}`;
      expect(
        outcome(() => ourPath(path, { id: value })),
        name,
      ).toBe(outcome(() => theirPath(path, { id: value })));
    }
    expect(ourPath("/items/{id}", undefined as never)).toBe(theirPath("/items/{id}", undefined as never));
  });
});
