/** The bare media type of a Content-Type header value, lower-cased, parameters dropped. */
export function essence(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const bare = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  return bare === "" ? undefined : bare;
}

/** True when `actual` (a bare media type) is covered by the spec's media range (`*\/*`, `text/*`, exact). */
export function mediaRangeMatches(range: string, actual: string): boolean {
  const wanted = essence(range);
  if (wanted === undefined) return false;
  if (wanted === "*/*" || wanted === actual) return true;
  const [type, subtype] = wanted.split("/");
  return subtype === "*" && actual.startsWith(`${type}/`);
}

/** True for `application/json` and the `+json` structured-syntax family. */
export function isJsonMediaType(mediaType: string): boolean {
  const bare = essence(mediaType) ?? "";
  return bare === "application/json" || bare.endsWith("+json");
}

/** True for media types whose body is text (must be valid UTF-8 unless another charset is declared). */
export function isTextMediaType(mediaType: string): boolean {
  const bare = essence(mediaType) ?? "";
  return (
    isJsonMediaType(bare) ||
    bare.startsWith("text/") ||
    bare === "application/x-www-form-urlencoded" ||
    bare === "application/xml" ||
    bare.endsWith("+xml")
  );
}
