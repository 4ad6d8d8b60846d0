// Spec descriptions (CommonMark + GFM) as HTML, with `marked`. The specs are ours and reviewed, so
// their HTML blocks (our inference callouts) are trusted; headings are demoted under the page's own.
import { Marked } from "marked";

const marked = new Marked({ gfm: true, async: false });
marked.use({
  renderer: {
    heading({ tokens, depth }) {
      // A description sits under an h2/h3 of ours: its headings start at h4.
      const level = Math.min(6, depth + 3);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

/** Markdown `text` as HTML ("" for no text). */
export function markdown(text: unknown): string {
  if (typeof text !== "string" || text.trim() === "") return "";
  return marked.parse(text) as string;
}
