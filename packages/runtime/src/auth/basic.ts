import { optionError } from "../validate.js";
import type { AuthProvider } from "./provider.js";

/** Options of {@link httpBasic}. */
export interface HttpBasicOptions {
  username: string;
  password: string;
}

/** HTTP Basic: `Authorization: Basic base64(username:password)` (UTF-8), on every request. */
export function httpBasic(options: HttpBasicOptions): AuthProvider {
  if (!options || typeof options !== "object") throw optionError("httpBasic(options)", "an object { username, password }", options);
  const { username, password } = options;
  if (typeof username !== "string" || username === "") throw new TypeError(`httpBasic: username must be a non-empty string, got ${username === "" ? "an empty string" : typeof username}`);
  if (username.includes(":")) throw new TypeError("httpBasic: username must not contain ':' (RFC 7617), got a value with ':'");
  if (typeof password !== "string") throw new TypeError(`httpBasic: password must be a string, got ${password === null ? "null" : typeof password}`);
  const header = `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
  const value = Promise.resolve(header);
  return {
    authorize: () => value,
    // Static credentials cannot be renewed: a 401 is final.
    onUnauthorized: () => false,
  };
}
