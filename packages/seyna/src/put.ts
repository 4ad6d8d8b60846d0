// A stricter type for PUT, Seyna's only write. openapi-fetch infers `init` as a generic, so an
// object literal's excess properties are never checked: `{ refrence: "x" }` would compile and the
// field would be silently dropped by Seyna. Typing `init` concretely per path restores the check.
// (Types only: the runtime's implementation is unchanged.)
import type { RequestExtras, SuccessData } from "@partner-apis/runtime";
import type { FetchResponse } from "openapi-fetch";
import type { paths } from "./generated/seyna.js";

/** Every path Seyna accepts a PUT on (contracts, receipts, claims, settlements). */
export type SeynaPutPath = { [P in keyof paths]: paths[P] extends { put: { requestBody: unknown } } ? P : never }[keyof paths];

type PutOperation<P extends SeynaPutPath> = paths[P]["put"];

/** The init of `seyna.PUT(path, init)`: path parameters and the object's input body, nothing else. */
export type SeynaPutInit<P extends SeynaPutPath> = {
  params: { path: PutOperation<P>["parameters"]["path"] };
  body: PutOperation<P>["requestBody"]["content"]["application/json"];
  headers?: Record<string, string>;
} & RequestExtras;

/** `seyna.PUT(path, init)` → `{ data, error, response }`. */
export type SeynaPut = <P extends SeynaPutPath>(
  url: P,
  init: SeynaPutInit<P>,
) => Promise<FetchResponse<PutOperation<P>, SeynaPutInit<P>, "application/json">>;

/** `seyna.throwing.PUT(path, init)` → the stored object, or throws a typed ApiError. */
export type SeynaThrowingPut = <P extends SeynaPutPath>(
  url: P,
  init: SeynaPutInit<P>,
) => Promise<SuccessData<FetchResponse<PutOperation<P>, SeynaPutInit<P>, "application/json">>>;
