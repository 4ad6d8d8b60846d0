// Redoc's standalone bundle, made fully offline: its only run-time network load is the Redocly logo
// of the sidebar's "API docs by Redocly" credit, which we inline (the credit and its link stay).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const REMOTE_LOGO = '"https://cdn.redoc.ly/redoc/logo-mini.svg"';
// A small neutral mark in place of the remote logo: same role (decoration next to the credit).
const INLINE_LOGO = JSON.stringify(
  "data:image/svg+xml," +
    encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14"><circle cx="7" cy="7" r="6" fill="#94a3b8"/></svg>',
    ),
);

/** The `redoc` standalone bundle with its remote logo inlined; throws if the bundle no longer has it. */
export async function offlineRedocBundle(): Promise<Buffer> {
  const path = require.resolve("redoc/bundles/redoc.standalone.js");
  const source = await readFile(path, "utf8");
  const occurrences = source.split(REMOTE_LOGO).length - 1;
  if (occurrences !== 1) {
    throw new Error(
      `${path}: expected the remote logo URL ${REMOTE_LOGO} exactly once (to inline it), found it ${occurrences} times: ` +
        "check what this Redoc version loads at run time and update src/redoc-asset.ts",
    );
  }
  return Buffer.from(source.replace(REMOTE_LOGO, INLINE_LOGO));
}
