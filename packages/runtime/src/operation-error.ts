import type { HttpMethod } from "openapi-typescript-helpers";
import { isHttpError } from "./errors.js";
import type { OperationError, PathsWith } from "./types.js";

/** A guard that narrows an error to one operation's documented error responses. */
export type OperationErrorGuard<Paths> = <Method extends HttpMethod, Path extends PathsWith<Paths, Method>>(
  error: unknown,
  method: Method,
  path: Path,
) => error is OperationError<Paths, Path, Method>;

/**
 * The error guard of one API (`paths`): `guard(error, "post", "/v2/seance")` is true for an error status answered
 * to that operation, and narrows `error.body` by `error.status` to the bodies the spec documents, without a cast.
 */
export function operationErrorGuard<Paths>(): OperationErrorGuard<Paths> {
  return (error, method, path): error is never =>
    isHttpError(error) && error.method === method.toUpperCase() && error.path === path;
}
