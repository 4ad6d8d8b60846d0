// The fetch that token providers use: one exchange under the API attempt's signal (its timeoutMs and the caller's
// signal), typed errors with the URL redacted and every credential scrubbed. No retry here: the API call that needs
// the token retries under its own policy and counts those retries.
import { DEFAULT_MAX_RESPONSE_BYTES } from "../body.js";
import { httpError, InvalidResponseError, UnauthorizedError } from "../errors.js";
import { ExchangeFailure, exchange, failureError, rename } from "../exchange.js";
import { redactHeaders, redactUrl, type Scrub, scrubDeep, secretScrubber } from "../redact.js";
import { startAttempt } from "../timeout.js";

/** What a token provider reads from its endpoint: the answer's text, status, URL (redacted) and content type. */
export interface TokenAnswer {
  text: string;
  status: number;
  url: string;
  contentType: string;
}

/** Statuses that mean the credentials were refused (not a transient failure). */
const refused = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

/** Parse a body as JSON for the token provider, or an InvalidResponseError naming the status, URL and content type. */
export function tokenJson(label: string, answer: TokenAnswer, method: string): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    const what = answer.text.trim() ? "not JSON" : "empty";
    throw new InvalidResponseError(
      `${label} failed: ${method} ${answer.url} → ${answer.status} with a body that is ${what} (content-type ${answer.contentType || "none"})`,
      { status: answer.status, body: undefined, method, url: answer.url, retries: 0 },
    );
  }
}

/**
 * A fetch for token endpoints, bound to one attempt's `signal`: resolves to the buffered `Response` on 2xx, else
 * throws a typed error saying the token request failed (UnauthorizedError for a refusal). `timeoutMs` optionally
 * bounds the token request further.
 */
export function tokenFetch(
  label: string,
  fetch: typeof globalThis.fetch | undefined,
  secrets: () => Iterable<string>,
  signal: AbortSignal | undefined,
  timeoutMs?: number,
): typeof globalThis.fetch {
  return async (input, init = {}) => {
    const method = (init.method ?? "GET").toUpperCase();
    const raw = String(input instanceof Request ? input.url : input);
    const scrub: Scrub = secretScrubber(secrets());
    let url: string;
    try {
      url = new URL(raw).href;
    } catch {
      throw new TypeError(`${label}: the token endpoint's URL is not a valid absolute URL (check baseUrl/tokenUrl)`);
    }
    const safeUrl = scrub(redactUrl(url));
    const prefix = `${label} failed: `;
    // The attempt's signal, tightened by the provider's own timeout when it has one.
    const attempt = startAttempt(timeoutMs ?? 2 ** 31 - 1, signal);
    try {
      const { response } = await exchange(
        fetch ?? globalThis.fetch,
        url,
        { ...init, method, signal: attempt.signal },
        DEFAULT_MAX_RESPONSE_BYTES,
        "read",
      );
      if (response.ok) return response;
      const { status, statusText } = response;
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // a text body stays text
      }
      const headers = scrubDeep(redactHeaders(response.headers), scrub);
      const details = { status, body: scrubDeep(body, scrub), method, url: safeUrl, retries: 0, headers };
      const error = httpError(details, statusText);
      const refusal = refused(status) ? new UnauthorizedError(error.message, details) : error;
      throw rename(refusal, `${prefix}${refusal.message}`, scrub);
    } catch (thrown) {
      if (!(thrown instanceof ExchangeFailure)) throw thrown;
      throw failureError(thrown, { method, url: safeUrl, retries: 0 }, scrub, prefix);
    } finally {
      attempt.clear();
    }
  };
}

/** The answer of a successful token fetch as text, with what an error about it needs. */
export async function tokenAnswer(response: Response, url: string): Promise<TokenAnswer> {
  return {
    text: await response.text(),
    status: response.status,
    url: redactUrl(url),
    contentType: response.headers.get("content-type") ?? "",
  };
}
