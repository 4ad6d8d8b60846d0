import { checkSecret } from "../validate.js";
import type { AuthProvider } from "./provider.js";

/** A fixed bearer token: `Authorization: Bearer <token>`. */
export function staticBearer(token: string): AuthProvider {
  const value = checkSecret("staticBearer(token)", token).trim();
  const header = Promise.resolve(`Bearer ${value}`);
  const secrets = [value];
  // A fixed token cannot be renewed: a 401 is final.
  return { authorize: () => header, onUnauthorized: () => false, secrets: () => secrets };
}
