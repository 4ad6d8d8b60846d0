import { checkSecret } from "../validate.js";
import type { AuthProvider } from "./provider.js";

/** Options of {@link httpBasic}. */
export interface HttpBasicOptions {
  username: string;
  password: string;
}

/** Base64 of a text's UTF-8 bytes, with the platform's `btoa` (no Buffer: browsers and workers too). */
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** HTTP Basic: `Authorization: Basic base64(username:password)` (UTF-8) on every request. */
export function httpBasic(options: HttpBasicOptions): AuthProvider {
  const username = checkSecret("httpBasic: username", options?.username);
  const password = checkSecret("httpBasic: password", options?.password);
  if (username.includes(":")) throw new TypeError("httpBasic: username must not contain ':' (RFC 7617)");
  const encoded = base64(`${username}:${password}`);
  const header = Promise.resolve(`Basic ${encoded}`);
  const secrets = [password, encoded];
  // Fixed credentials cannot be renewed: a 401 is final.
  return { authorize: () => header, onUnauthorized: () => false, secrets: () => secrets };
}
