/** Marker written in place of a secret value. */
export const REDACTED = "[redacted]";

// Query parameter names that carry credentials (Coanda's token endpoint takes username/password in the query).
const SECRET_PARAM = /pass(word|wd)?|secret|token|api[-_]?key|auth(?!or)|signature|^sig$|credential|session|^code$|^key$|^username$|^user$/i;
// Header names whose values are credentials or carry them.
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie)$|token|secret|api[-_]?key|auth(?!or)|session|password/i;

/** True when a query parameter or header name looks like it carries a credential. */
export function isSecretParam(name: string): boolean {
  return SECRET_PARAM.test(name);
}

/** The URL with credential-looking query values and any user:password part replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const query = url.indexOf("?");
  const scheme = url.indexOf("://");
  const at = url.indexOf("@");
  // Fast path: nothing that could hold a credential.
  if (query === -1 && (at === -1 || scheme === -1)) return url;
  let head = query === -1 ? url : url.slice(0, query);
  const hash = url.indexOf("#", query === -1 ? 0 : query);
  const search = query === -1 ? "" : url.slice(query + 1, hash === -1 ? undefined : hash);
  const fragment = hash === -1 ? "" : url.slice(hash);
  if (scheme !== -1) {
    const authorityEnd = head.indexOf("/", scheme + 3);
    const authority = head.slice(scheme + 3, authorityEnd === -1 ? undefined : authorityEnd);
    const userinfoEnd = authority.lastIndexOf("@");
    if (userinfoEnd !== -1) {
      head = head.slice(0, scheme + 3) + REDACTED + authority.slice(userinfoEnd) + (authorityEnd === -1 ? "" : head.slice(authorityEnd));
    }
  }
  if (query === -1) return head + fragment;
  const pairs = search.split("&").map((pair) => {
    const eq = pair.indexOf("=");
    const rawName = eq === -1 ? pair : pair.slice(0, eq);
    let name = rawName;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, " "));
    } catch {
      // keep the raw name: a malformed escape is still matched on its text
    }
    return eq !== -1 && isSecretParam(name) ? `${rawName}=${REDACTED}` : pair;
  });
  return `${head}?${pairs.join("&")}${fragment}`;
}

/** A plain object copy of the headers with credential-bearing values replaced by `[redacted]`. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    out[key] = SECRET_HEADER.test(key) ? REDACTED : value;
  }
  return out;
}

/** The text with every listed secret (of at least 4 characters) replaced by `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}
