import type { IncomingHttpHeaders } from "node:http";
import type { ErrorDetail } from "./errors/error-body.js";
import { essence, isJsonMediaType, isTextMediaType, mediaRangeMatches } from "./spec/media-type.js";
import type { Operation } from "./spec/operations.js";

/** What the guard decided: forward `body` (possibly normalised) or answer with `problem`. */
export type GuardResult =
  | { ok: true; body: Buffer; value?: unknown; mediaType?: string }
  | { ok: false; error: ErrorDetail; natural: number };

/** Deepest JSON nesting accepted: deeper bodies are refused before any schema walk could overflow the stack. */
export const MAX_JSON_DEPTH = 256;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Byte offset of the first invalid UTF-8 sequence, or -1 when `bytes` is valid UTF-8. */
export function firstInvalidUtf8(bytes: Buffer): number {
  try {
    utf8.decode(bytes);
    return -1;
  } catch {
    // Narrow down with a scan: only on the failure path, so the happy path stays one native call.
    for (let i = 0; i < bytes.length; ) {
      const byte = bytes[i]!;
      const length =
        byte < 0x80
          ? 1
          : byte >= 0xc2 && byte < 0xe0
            ? 2
            : byte >= 0xe0 && byte < 0xf0
              ? 3
              : byte >= 0xf0 && byte < 0xf5
                ? 4
                : 0;
      if (length === 0 || i + length > bytes.length) return i;
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
      i += length;
    }
    return 0;
  }
}

/** A short, printable excerpt of JSON text around `position`, for error details. */
function around(text: string, position: number): string {
  const start = Math.max(0, position - 15);
  return JSON.stringify(text.slice(start, position + 15));
}

/**
 * Checks a request body before it reaches Prism: media type against the operation's requestBody,
 * required-but-empty, UTF-8 validity, JSON syntax. Prism hangs on malformed JSON and accepts invalid
 * UTF-8, so these checks live here.
 */
export function guardBody(operation: Operation | undefined, headers: IncomingHttpHeaders, body: Buffer): GuardResult {
  const contentType = headers["content-type"];
  const mediaType = essence(contentType);
  const declared = operation?.requestBody;
  const accepted = Object.keys(declared?.content ?? {});
  const where = operation === undefined ? "" : ` (operation ${operation.id})`;

  if (body.length === 0) {
    if (declared?.required) {
      return fail(
        400,
        "missing-body",
        "Request body required",
        `Expected a request body of type ${accepted.join(" or ")}${where}, found an empty body`,
        { pointer: "body" },
      );
    }
    return { ok: true, body };
  }

  if (declared !== undefined && accepted.length > 0) {
    if (mediaType === undefined) {
      return fail(
        415,
        "unsupported-media-type",
        "Missing Content-Type",
        `Expected Content-Type ${accepted.join(" or ")}${where}, found none`,
        { accepted },
      );
    }
    if (!accepted.some((range) => mediaRangeMatches(range, mediaType))) {
      return fail(
        415,
        "unsupported-media-type",
        "Unsupported Content-Type",
        `Expected Content-Type ${accepted.join(" or ")}${where}, found ${mediaType}`,
        { accepted },
      );
    }
  }

  if (mediaType !== undefined && isTextMediaType(mediaType)) {
    const invalidAt = firstInvalidUtf8(body);
    if (invalidAt >= 0) {
      return fail(
        400,
        "invalid-utf8",
        "Invalid UTF-8",
        `Expected a UTF-8 ${mediaType} body, found an invalid byte sequence at byte ${invalidAt} (0x${body[invalidAt]?.toString(16).padStart(2, "0") ?? "??"})`,
        { byteOffset: invalidAt },
      );
    }
  }

  if (mediaType !== undefined && isJsonMediaType(mediaType)) {
    const withoutBom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? body.subarray(3) : body; // Prism's parser chokes on a BOM
    const text = withoutBom.toString("utf8");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const position = Number(/position (\d+)/.exec(message)?.[1] ?? -1);
      const near = position >= 0 ? ` near ${around(text, position)}` : "";
      return fail(
        400,
        "malformed-json",
        "Malformed JSON",
        `Expected a JSON body, found invalid JSON: ${message}${near}`,
        position >= 0 ? { position } : {},
      );
    }
    const depth = jsonDepth(text);
    if (depth > MAX_JSON_DEPTH) {
      return fail(
        400,
        "too-deep",
        "JSON nested too deep",
        `Expected a JSON body nested at most ${MAX_JSON_DEPTH} levels deep, found ${depth} levels`,
      );
    }
    return { ok: true, body: withoutBom, value, mediaType };
  }
  if (mediaType !== undefined && isTextMediaType(mediaType))
    return { ok: true, body, value: body.toString("utf8"), mediaType };
  return { ok: true, body, mediaType };
}

/** Deepest `[`/`{` nesting of JSON text (strings skipped): one pass, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

/** A refusal: `natural` is the plain HTTP status; the mock answers the closest one the operation documents. */
function fail(
  natural: number,
  slug: string,
  _title: string,
  message: string,
  _extra: Record<string, unknown> = {},
): GuardResult {
  return { ok: false, natural, error: { type: slug.replace(/-/g, "_"), message } };
}
