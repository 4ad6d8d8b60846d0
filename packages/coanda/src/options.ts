// Option checks shared by createCoandaClient and coandaTokenAuth. They name the option and what was
// expected, and never echo a credential's value.
import { redactUrl } from "@partner-apis/runtime";

const WHAT = { username: "your Coanda username/clientId", password: "your Coanda password/clientSecret" } as const;

/** Throws unless `value` is a non-empty string; the message names `caller` and the credential. */
export function checkCredential(caller: string, name: keyof typeof WHAT, value: unknown): string {
  if (typeof value === "string" && value !== "") return value;
  const found = value === "" ? "an empty string" : value === null ? "null" : typeof value;
  throw new TypeError(`${caller}: ${name} must be a non-empty string (${WHAT[name]}), found ${found}`);
}

/** Throws unless `value` is an absolute http(s) URL; returns it without trailing slashes. */
export function checkBaseUrl(caller: string, value: unknown, example: string): string {
  // `new URL`, before any credential is attached: a URL fetch would refuse never reaches the token request.
  let parsed: URL | undefined;
  try {
    parsed = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    parsed = undefined;
  }
  if (typeof value === "string" && parsed && /^https?:$/.test(parsed.protocol)) return value.replace(/\/+$/, "");
  const found = typeof value === "string" ? JSON.stringify(redactUrl(value)) : value === null ? "null" : typeof value;
  throw new TypeError(`${caller}: baseUrl must be an absolute http(s) URL such as ${example}, found ${found}`);
}
