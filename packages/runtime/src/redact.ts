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

/** The text with every listed secret (of at least 4 characters) replaced by `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  for (const secret of secrets) if (secret.length >= 4) text = text.split(secret).join(REDACTED);
  return text;
}
