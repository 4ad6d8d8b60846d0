// Example payloads as pretty JSON: numbers stay numbers, strings stay strings, each coloured by kind.
import { escapeHtml } from "./html.js";

const TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** `value` as indented JSON wrapped in spans (`pa-j-key`, `pa-j-str`, `pa-j-num`, `pa-j-lit`). */
export function jsonHtml(value: unknown): string {
  // A text payload (CSV, a raw token) is shown as it is sent.
  if (typeof value === "string") return escapeHtml(value);
  const text = JSON.stringify(value, null, 2) ?? "undefined";
  let out = "";
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    out += escapeHtml(text.slice(last, match.index));
    const [whole, str, colon, literal, num] = match;
    if (str !== undefined) {
      out += colon
        ? `<span class="pa-j-key">${escapeHtml(str)}</span>${colon}`
        : `<span class="pa-j-str">${escapeHtml(str)}</span>`;
    } else if (literal !== undefined) out += `<span class="pa-j-lit">${literal}</span>`;
    else if (num !== undefined) out += `<span class="pa-j-num">${num}</span>`;
    else out += escapeHtml(whole);
    last = match.index + whole.length;
  }
  return out + escapeHtml(text.slice(last));
}

/** A payload in a scrollable, keyboard-focusable block. */
export function codeBlock(html: string, label: string, cls = "pa-json"): string {
  return `<pre class="pa-pre ${cls}" tabindex="0" aria-label="${escapeHtml(label)}"><code>${html}</code></pre>`;
}
