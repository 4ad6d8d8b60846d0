// `Prefer: code=404, example=notFound, dynamic=true` (and Prism's `__code`/`__example`/`__dynamic`
// query fallbacks), parsed with the same parser Prism's own server uses.
import parsePreferHeader from "parse-prefer-header";
import type { MockPreferences } from "./engine/prism-engine.js";

/** The preferences, or a sentence naming the malformed one. */
export type PreferResult = { ok: true; preferences: MockPreferences } | { ok: false; message: string };

/** Reads the mock preferences of a request: the `Prefer` header, else the `__code`… query parameters. */
export function readPreferences(prefer: string | string[] | undefined, query: URLSearchParams): PreferResult {
  const raw: Record<string, string | true | undefined> =
    prefer !== undefined && prefer !== ""
      ? parsePreferHeader(prefer)
      : {
          code: query.get("__code") ?? undefined,
          example: query.get("__example") ?? undefined,
          dynamic: query.get("__dynamic") ?? undefined,
        };
  const preferences: MockPreferences = {};
  if (raw.code !== undefined) {
    if (typeof raw.code !== "string" || !/^\d{3}$/.test(raw.code))
      return { ok: false, message: `Prefer: code: expected a three-digit status, found ${JSON.stringify(raw.code)}` };
    preferences.code = Number(raw.code);
  }
  if (raw.example !== undefined) {
    if (typeof raw.example !== "string" || raw.example === "")
      return { ok: false, message: "Prefer: example: expected an example name, found none" };
    preferences.exampleKey = raw.example;
  }
  if (raw.dynamic !== undefined) {
    if (raw.dynamic !== "true" && raw.dynamic !== "false")
      return { ok: false, message: `Prefer: dynamic: expected true or false, found ${JSON.stringify(raw.dynamic)}` };
    preferences.dynamic = raw.dynamic === "true";
  }
  return { ok: true, preferences };
}
