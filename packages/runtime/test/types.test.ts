import { describe, expectTypeOf, it } from "vitest";
import { type ApiClient, type ApiError, type ErrorBody, createApiClient } from "../src/index.js";
import type { ErrorBody as SeynaError, Item, paths } from "./helpers/paths.js";

// Compile-time checks (tsc --noEmit runs them in `typecheck`); the calls are never sent.
declare const client: ApiClient<paths>;

describe("types follow the generated paths", () => {
  it("createApiClient returns an ApiClient of the paths", () => {
    expectTypeOf(createApiClient<paths>).returns.toEqualTypeOf<ApiClient<paths>>();
  });

  it("plain methods resolve { data, error, response } typed from the spec", () => {
    const call = () => client.GET("/items/{item_id}", { params: { path: { item_id: "a" } }, retry: { maxRetries: 1 }, timeoutMs: 5000 });
    type Result = Awaited<ReturnType<typeof call>>;
    expectTypeOf<NonNullable<Result["data"]>>().toEqualTypeOf<Item>();
    expectTypeOf<NonNullable<Result["error"]>>().toEqualTypeOf<SeynaError>();
    expectTypeOf<Result["response"]>().toEqualTypeOf<Response>();
  });

  it("throwing methods resolve to data", () => {
    const call = () => client.throwing.PUT("/items/{item_id}", { params: { path: { item_id: "a" } }, body: { id: "a", name: "n" }, retry: false });
    expectTypeOf<Awaited<ReturnType<typeof call>>>().toEqualTypeOf<Item>();
  });

  it("required params and bodies are enforced; unknown paths are refused", () => {
    // @ts-expect-error path parameter missing
    void (() => client.GET("/items/{item_id}", {}));
    // @ts-expect-error body required
    void (() => client.POST("/seance", {}));
    // @ts-expect-error no such path
    void (() => client.GET("/nope"));
    // @ts-expect-error POST is not declared on this path
    void (() => client.POST("/items/{item_id}", { params: { path: { item_id: "a" } } }));
    // @ts-expect-error retry takes options or false
    void (() => client.GET("/slow", { retry: 3 }));
  });

  it("ErrorBody extracts an operation's error body for ApiError<...>", () => {
    expectTypeOf<ErrorBody<paths, "/items/{item_id}", "get">>().toEqualTypeOf<SeynaError>();
    expectTypeOf<ApiError<SeynaError>["body"]>().toEqualTypeOf<SeynaError>();
  });
});
