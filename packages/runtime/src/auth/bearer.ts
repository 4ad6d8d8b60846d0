import { checkSecret } from "../validate.js";
import type { AuthProvider } from "./provider.js";

/** A fixed bearer token: `Authorization: Bearer <token>`. */
export function staticBearer(token: string): AuthProvider {
  const header = Promise.resolve(`Bearer ${checkSecret("staticBearer(token)", token).trim()}`);
  // A fixed token cannot be renewed: a 401 is final.
  return { authorize: () => header, onUnauthorized: () => false };
}
