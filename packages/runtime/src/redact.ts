/** Marker written in place of a secret value. */
export const REDACTED = "[redacted]";

// Query parameter names that carry credentials (Coanda's token endpoint takes username/password in the query).
const SECRET_PARAM =
  /pass|secret|token|api.?key|auth(?!or)|signature|^sig$|credential|session|^code$|^key$|^user(name)?$/i;
// Header names whose values are credentials or carry them.
const SECRET_HEADER = /auth|cookie|token|secret|api.?key|session|pass/i;

/** The URL with credential-looking query values and any `user:password@` part replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  return url
    .replace(/^([a-z][\w+.-]*:\/\/)[^/?#]*@/i, `$1${REDACTED}@`)
    .replace(/([?&])([^=&#]+)=[^&#]*/g, (pair, separator: string, name: string) => {
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, " "));
      } catch {
        // a malformed escape is matched on its raw text
      }
      return SECRET_PARAM.test(decoded) ? `${separator}${name}=${REDACTED}` : pair;
    });
}

/** A plain, lower-cased copy of the headers with credential-bearing values replaced by `[redacted]`. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers instanceof Headers ? headers : Object.entries(headers)) {
    const key = name.toLowerCase();
    out[key] = SECRET_HEADER.test(key) ? REDACTED : value;
  }
  return out;
}

/** Replaces every occurrence of known secrets in a text; the identity when there are none. */
export type Scrub = (text: string) => string;

/** Below this length a secret is replaced only where it stands as a whole token (see `secretScrubber`). */
const SHORT_SECRET = 8;

/**
 * A scrubber for `secrets` of any length (also their URL-encoded forms): one pass, longest first, so that the
 * marker it writes is never scrubbed again. A long secret is replaced wherever it appears; a short one only
 * where it stands as a whole token (no letter or digit touching it: `password=ab&`, `"ab"`, `user:ab@`), since
 * replacing every `s` of a text for a 1-character secret would destroy the very error a user needs to read.
 */
export function secretScrubber(secrets: Iterable<string>): Scrub {
  const all = new Set<string>();
  for (const secret of secrets)
    if (secret) {
      all.add(secret);
      all.add(encodeURIComponent(secret));
    }
  if (!all.size) return (text) => text;
  const pattern = new RegExp(
    [...all]
      .sort((a, b) => b.length - a.length)
      .map((secret) => {
        const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return secret.length >= SHORT_SECRET ? escaped : `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`;
      })
      .join("|"),
    "gu",
  );
  return (text) => text.replace(pattern, REDACTED);
}

/** A copy of a JSON-like value with every string (and key) scrubbed. */
export function scrubDeep<T>(value: T, scrub: Scrub): T {
  if (typeof value === "string") return scrub(value) as T;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[scrub(key)] = scrubDeep(item, scrub);
    return out as T;
  }
  return value;
}
