// Exact request typing for Seyna's two verbs. openapi-fetch (and so the runtime's ApiClient)
// infers `init` from the argument itself, so `{ body: { refrence: "x" } }` or
// `{ query: { limt: 5 } }` compiles there and the field is silently lost. Here `init` has the
// operation's exact type, so TypeScript's excess-property check catches a misspelled field at any
// depth. Types only: the runtime's implementation is unchanged.
import type { RequestExtras, SuccessData } from "@partner-apis/runtime";
import type { FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { paths } from "./generated/seyna.js";

type Method = "get" | "put";

/** Paths that declare `method` (every path has `get`; contracts, receipts, claims and settlements have `put`). */
export type SeynaPathsWith<M extends Method> = { [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never }[keyof paths];

type Operation<P extends keyof paths, M extends Method> = paths[P] extends { [K in M]: infer Op } ? (Op extends Record<string | number, any> ? Op : never) : never;

/** The exact init of one operation, plus the runtime's per-request extras (retry, timeoutMs, signal). */
export type SeynaInit<P extends keyof paths, M extends Method> = NonNullable<MaybeOptionalInit<paths[P], M & keyof paths[P]>> & RequestExtras;

type InitParam<P extends keyof paths, M extends Method> =
  undefined extends MaybeOptionalInit<paths[P], M & keyof paths[P]> ? [init?: SeynaInit<P, M>] : [init: SeynaInit<P, M>];

/** `seyna.GET(path, init)` / `seyna.PUT(path, init)` → `{ data, error, response }`. */
export type SeynaMethod<M extends Method> = <P extends SeynaPathsWith<M>>(
  url: P,
  ...init: InitParam<P, M>
) => Promise<FetchResponse<Operation<P, M>, {}, "application/json">>;

/** `seyna.throwing.GET(path, init)` / `.PUT(…)` → the data, or throws a typed ApiError. */
export type SeynaThrowingMethod<M extends Method> = <P extends SeynaPathsWith<M>>(
  url: P,
  ...init: InitParam<P, M>
) => Promise<SuccessData<FetchResponse<Operation<P, M>, {}, "application/json">>>;
