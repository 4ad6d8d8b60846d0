import { checkSecret } from "../validate.js";
import type { AuthProvider } from "./provider.js";

/** Options of {@link httpBasic}. */
export interface HttpBasicOptions {
  username: string;
  password: string;
}

/** HTTP Basic: `Authorization: Basic base64(username:password)` (UTF-8) on every request. */
export function httpBasic(options: HttpBasicOptions): AuthProvider {
  const username = checkSecret("httpBasic: username", options?.username);
  const password = checkSecret("httpBasic: password", options?.password);
  if (username.includes(":")) throw new TypeError("httpBasic: username must not contain ':' (RFC 7617)");
  const header = Promise.resolve(`Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`);
  // Fixed credentials cannot be renewed: a 401 is final.
  return { authorize: () => header, onUnauthorized: () => false };
}
