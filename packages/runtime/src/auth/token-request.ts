import { AbortError, ApiError, ConnectionError, TimeoutError, UnauthorizedError, httpError } from "../errors.js";
import { redactSecrets, redactUrl } from "../redact.js";

/** Default timeout of a token request: 30 s. */
export const TOKEN_TIMEOUT_MS = 30_000;

/** Read a body as JSON when it parses, else as text. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * A fetch for token endpoints: it times out, and turns failures into typed errors that say the token request
 * failed, with the URL redacted and the `secrets` scrubbed from the message. Refusals (4xx but 429) are UnauthorizedError.
 */
export function tokenFetch(label: string, fetch: typeof globalThis.fetch, timeoutMs: number, secrets: readonly string[]): typeof globalThis.fetch {
  const scrub = (text: string) => redactSecrets(text, secrets);
  return async (input, init) => {
    const url = redactUrl(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const details = { status: 0, body: undefined, method, url, retries: 0 };
    const prefix = `${label} failed: `;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal });
    } catch (error) {
      if (init?.signal?.aborted) throw new AbortError(`${prefix}${method} ${url} aborted by the caller`, { ...details, cause: init.signal.reason });
      if (timeout.aborted) throw new TimeoutError(`${prefix}${method} ${url} → no response within ${timeoutMs} ms`, details);
      if (error instanceof ApiError) throw error;
      const reason = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code ?? error.message) : String(error);
      throw new ConnectionError(scrub(`${prefix}${method} ${url} → connection failed (${reason})`), details);
    }
    if (response.ok) return response;
    const body = await readBody(response).catch(() => undefined);
    const refused = response.status >= 400 && response.status < 500 && response.status !== 429;
    const error = httpError({ ...details, status: response.status, statusText: response.statusText, body, prefix, redact: scrub });
    if (refused && !(error instanceof UnauthorizedError)) {
      throw new UnauthorizedError(error.message, { ...details, status: response.status, body });
    }
    throw error;
  };
}
