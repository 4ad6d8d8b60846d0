import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiClient,
  type ApiError,
  createApiClient,
  isApiError,
  isHttpError,
  type OperationErrorBody,
  operationErrorGuard,
} from "../src/index.js";
import type { Item, paths, ErrorBody as SeynaError } from "./helpers/paths.js";

// Compile-time checks (tsc --noEmit runs them in `typecheck`); the calls are never sent.
declare const client: ApiClient<paths>;

describe("types follow the generated paths", () => {
  it("createApiClient returns an ApiClient of the paths", () => {
    expectTypeOf(createApiClient<paths>).returns.toEqualTypeOf<ApiClient<paths>>();
  });

  it("plain methods resolve { data, error, response } typed from the spec", () => {
    const call = () =>
      client.GET("/items/{item_id}", { params: { path: { item_id: "a" } }, retry: { maxRetries: 1 }, timeoutMs: 5000 });
    type Result = Awaited<ReturnType<typeof call>>;
    expectTypeOf<NonNullable<Result["data"]>>().toEqualTypeOf<Item>();
    expectTypeOf<NonNullable<Result["error"]>>().toEqualTypeOf<SeynaError>();
    expectTypeOf<Result["response"]>().toEqualTypeOf<Response>();
  });

  it("throwing methods resolve to data", () => {
    const call = () =>
      client.throwing.PUT("/items/{item_id}", {
        params: { path: { item_id: "a" } },
        body: { id: "a", name: "n" },
        retry: false,
      });
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

  it("OperationErrorBody extracts an operation's error body for ApiError<...>", () => {
    expectTypeOf<OperationErrorBody<paths, "/items/{item_id}", "get">>().toEqualTypeOf<SeynaError>();
    expectTypeOf<ApiError<SeynaError>["body"]>().toEqualTypeOf<SeynaError>();
  });

  it("init is checked exactly: a misspelled or mistyped field in an inline literal does not compile", () => {
    const body = { company_id: "c-1", hours: 7.5 };
    void (() => client.POST("/seance", { body }));
    void (() => client.throwing.POST("/seance", { body: { company_id: "c-1", hours: 7.5 } }));
    // @ts-expect-error `hourz` is not a field of the body
    void (() => client.POST("/seance", { body: { company_id: "c-1", hours: 7.5, hourz: 1 } }));
    // @ts-expect-error `hourz` is not a field of the body (throwing twin)
    void (() => client.throwing.POST("/seance", { body: { ...body, hourz: 1 } }));
    // @ts-expect-error hours is a number
    void (() => client.POST("/seance", { body: { company_id: "c-1", hours: "7.5" } }));
    // @ts-expect-error `expnd` is not a query parameter
    void (() => client.GET("/items/{item_id}", { params: { path: { item_id: "a" }, query: { expnd: "x" } } }));
    // @ts-expect-error `item` is not a path parameter
    void (() => client.throwing.GET("/items/{item_id}", { params: { path: { item: "a" } } }));
    // @ts-expect-error `timeout` is not an option (timeoutMs is)
    void (() => client.GET("/slow", { timeout: 5 }));
    // @ts-expect-error a GET takes no body
    void (() => client.GET("/slow", { body: { a: 1 } }));
  });

  it("per-request extras and openapi-fetch options stay allowed", () => {
    const controller = new AbortController();
    void (() =>
      client.GET("/items/{item_id}", {
        params: { path: { item_id: "a" }, query: { expand: "x" } },
        retry: { maxRetries: 0 },
        timeoutMs: 1000,
        signal: controller.signal,
        headers: { "x-request-id": "r-1" },
        fetch: globalThis.fetch,
        baseUrl: "http://127.0.0.1:1",
        middleware: [],
      }));
    void (() =>
      client.throwing.PUT("/items/{item_id}", {
        params: { path: { item_id: "a" } },
        body: { id: "a", name: "n" },
        retry: false,
        signal: null,
      }));
  });

  it("parseAs changes the type of data", () => {
    const text = () => client.GET("/items/{item_id}", { params: { path: { item_id: "a" } }, parseAs: "text" });
    expectTypeOf<NonNullable<Awaited<ReturnType<typeof text>>["data"]>>().toEqualTypeOf<string>();
    const stream = () =>
      client.throwing.GET("/items/{item_id}", { params: { path: { item_id: "a" } }, parseAs: "stream" });
    expectTypeOf<Awaited<ReturnType<typeof stream>>>().toEqualTypeOf<Response["body"]>();
    const json = () => client.throwing.GET("/items/{item_id}", { params: { path: { item_id: "a" } }, parseAs: "json" });
    expectTypeOf<Awaited<ReturnType<typeof json>>>().toEqualTypeOf<Item>();
    // @ts-expect-error not a parse mode
    void (() => client.GET("/slow", { parseAs: "xml" }));
  });

  it("data and error narrow each other", () => {
    void (async () => {
      const { data, error } = await client.GET("/items/{item_id}", { params: { path: { item_id: "a" } } });
      if (error) {
        expectTypeOf(error).toEqualTypeOf<SeynaError>();
        expectTypeOf(data).toEqualTypeOf<undefined>();
      } else {
        expectTypeOf(data).toEqualTypeOf<Item>();
      }
    });
  });

  it("isApiError / isHttpError type the error body without a cast", () => {
    const error: unknown = new Error("x");
    if (isHttpError<OperationErrorBody<paths, "/items/{item_id}", "get">>(error))
      expectTypeOf(error.body.msg).toEqualTypeOf<string>();
    if (isApiError<OperationErrorBody<paths, "/items/{item_id}", "get">>(error))
      expectTypeOf(error.body).toEqualTypeOf<SeynaError | undefined>();
    if (isApiError(error)) expectTypeOf(error.status).toEqualTypeOf<number>();
  });

  it("an operation error guard narrows a caught error's body by status, without a cast", () => {
    const isItemsError = operationErrorGuard<paths>();
    const error: unknown = new Error("x");
    if (isItemsError(error, "get", "/items/{item_id}")) {
      expectTypeOf(error.status).toEqualTypeOf<404>();
      expectTypeOf(error.body).toEqualTypeOf<SeynaError>();
      if (error.status === 404) expectTypeOf(error.body.msg).toEqualTypeOf<string>();
    }
    // @ts-expect-error: the path has no POST
    isItemsError(error, "post", "/items/{item_id}");
  });
});
