// Request typing that rejects unknown fields. openapi-fetch (and so the runtime's ApiClient) infers `init`
// from the argument itself, so `{ body: { seance_durration: 1 } }` compiles there. Here `init` has the
// operation's exact type, so TypeScript's excess-property check catches a misspelled field at any depth.
import type { ApiClient, RequestExtras, SuccessData } from "@partner-apis/runtime";
import type { FetchResponse, MaybeOptionalInit, ParseAs } from "openapi-fetch";

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type Media = `${string}/${string}`;

/** Paths that declare `method`. */
export type PathsWith<Paths, M extends Method> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never;
}[keyof Paths];

/** The exact init of one operation (no index signature: unknown keys are errors in an object literal). */
export type StrictInit<PathItem, M extends keyof PathItem> = NonNullable<MaybeOptionalInit<PathItem, M>> & RequestExtras;

/** `[init]` when the operation requires a body or parameters, `[init?]` otherwise. */
type StrictInitParam<PathItem, M extends keyof PathItem> =
  undefined extends MaybeOptionalInit<PathItem, M> ? [init?: StrictInit<PathItem, M>] : [init: StrictInit<PathItem, M>];

type Operation<Paths, P extends keyof Paths, M extends Method> = Paths[P] extends { [K in M]: infer Op } ? (Op extends Record<string | number, any> ? Op : never) : never;

/** `client.POST(path, init)` → `{ data, error, response }`, with `init` checked exactly. */
export interface StrictMethod<Paths, M extends Method> {
  <P extends PathsWith<Paths, M>>(url: P, ...init: StrictInitParam<Paths[P], M & keyof Paths[P]>): Promise<FetchResponse<Operation<Paths, P, M>, {}, Media>>;
  /** With `parseAs`, the success data is the parsed body of that kind (text, blob, stream…). */
  <P extends PathsWith<Paths, M>, Init extends StrictInit<Paths[P], M & keyof Paths[P]> & { parseAs: ParseAs }>(
    url: P,
    init: Init,
  ): Promise<FetchResponse<Operation<Paths, P, M>, Init, Media>>;
}

/** `client.throwing.POST(path, init)` → `data`, or throws an ApiError subclass; `init` checked exactly. */
export interface StrictThrowingMethod<Paths, M extends Method> {
  <P extends PathsWith<Paths, M>>(url: P, ...init: StrictInitParam<Paths[P], M & keyof Paths[P]>): Promise<SuccessData<FetchResponse<Operation<Paths, P, M>, {}, Media>>>;
  <P extends PathsWith<Paths, M>, Init extends StrictInit<Paths[P], M & keyof Paths[P]> & { parseAs: ParseAs }>(
    url: P,
    init: Init,
  ): Promise<SuccessData<FetchResponse<Operation<Paths, P, M>, Init, Media>>>;
}

type Verbs<Paths, Of extends "result" | "throwing"> = {
  [M in Method as Uppercase<M>]: Of extends "result" ? StrictMethod<Paths, M> : StrictThrowingMethod<Paths, M>;
};

/** The runtime's ApiClient with exactly-checked request options. */
export type StrictClient<Paths extends {}> = Omit<ApiClient<Paths>, Uppercase<Method> | "throwing"> &
  Verbs<Paths, "result"> & { throwing: Verbs<Paths, "throwing"> };
