import type { AuthProvider } from "./provider.js";

/** A fixed bearer token: `Authorization: Bearer <token>`. */
export function staticBearer(token: string): AuthProvider {
  if (typeof token !== "string" || token.trim() === "") {
    throw new TypeError(`staticBearer(token): token must be a non-empty string, got ${token === "" ? "an empty string" : typeof token}`);
  }
  const value = Promise.resolve(`Bearer ${token.trim()}`);
  return {
    authorize: () => value,
    // A fixed token cannot be renewed: a 401 is final.
    onUnauthorized: () => false,
  };
}
