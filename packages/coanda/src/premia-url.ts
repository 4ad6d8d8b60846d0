/**
 * The Premia URL that opens (or resumes) a session: `{BASE_UI_URL}/premia/sessions?hash={sessionHash}`,
 * with the hash percent-encoded. `baseUiUrl` may end with a slash and may carry a base path.
 */
export function premiaSessionUrl(baseUiUrl: string, sessionHash: string): string {
  if (typeof sessionHash !== "string" || sessionHash.trim() === "") {
    const found =
      typeof sessionHash === "string" ? "an empty string" : sessionHash === null ? "null" : typeof sessionHash;
    throw new TypeError(
      `premiaSessionUrl: sessionHash must be a non-empty string (the sessionHash of POST /premia/api/v1/sessions), found ${found}`,
    );
  }
  const base = parseBaseUrl(baseUiUrl);
  base.pathname = `${base.pathname.replace(/\/+$/, "")}/premia/sessions`;
  base.search = new URLSearchParams({ hash: sessionHash }).toString();
  base.hash = "";
  return base.href;
}

// The Premia host: an absolute http(s) URL, without query or fragment (they would be lost).
function parseBaseUrl(baseUiUrl: unknown): URL {
  const expected = "an absolute http(s) URL such as https://premia.example.com (the Premia host, {BASE_UI_URL})";
  if (typeof baseUiUrl !== "string" || baseUiUrl.trim() === "") {
    const found = typeof baseUiUrl === "string" ? "an empty string" : baseUiUrl === null ? "null" : typeof baseUiUrl;
    throw new TypeError(`premiaSessionUrl: baseUiUrl must be ${expected}, found ${found}`);
  }
  let url: URL;
  try {
    url = new URL(baseUiUrl.trim());
  } catch {
    throw new TypeError(`premiaSessionUrl: baseUiUrl must be ${expected}, found ${JSON.stringify(baseUiUrl)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError(
      `premiaSessionUrl: baseUiUrl must be ${expected}, found the ${url.protocol.slice(0, -1)} scheme in ${JSON.stringify(baseUiUrl)}`,
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new TypeError(
      `premiaSessionUrl: baseUiUrl must be ${expected} without query or fragment, found ${JSON.stringify(baseUiUrl)}`,
    );
  }
  return url;
}
