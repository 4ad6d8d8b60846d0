import { AbortError, ConnectionError, TimeoutError, UnauthorizedError, httpError } from "../errors.js";
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
 * failed, with the URL redacted and the `secrets` scrubbed. A refusal (4xx but 429) is an UnauthorizedError.
 */
export function tokenFetch(label: string, fetch: typeof globalThis.fetch, timeoutMs: number, secrets: readonly string[]): typeof globalThis.fetch {
  return async (input, init = {}) => {
    const url = redactUrl(input instanceof Request ? input.url : String(input));
    const method = init.method ?? (input instanceof Request ? input.method : "GET");
    const prefix = `${label} failed: ${method} ${url} → `;
    const details = { status: 0, body: undefined, method, url, retries: 0 };
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetch(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    } catch (error) {
      const cause = error as { code?: string; message?: string; cause?: { code?: string } };
      if (init.signal?.aborted) throw new AbortError(`${prefix}aborted by the caller`, details);
      if (timeout.aborted) throw new TimeoutError(`${prefix}no response within ${timeoutMs} ms`, details);
      const reason = cause?.cause?.code ?? cause?.code ?? cause?.message;
      throw new ConnectionError(redactSecrets(`${prefix}connection failed (${reason})`, secrets), details);
    }
    if (response.ok) return response;
    const { status, statusText } = response;
    const body = await readBody(response).catch(() => undefined);
    const error = httpError({ ...details, status, statusText, body, prefix: `${label} failed: ` });
    const message = redactSecrets(error.message, secrets);
    throw new (status < 500 && status !== 429 ? UnauthorizedError : (error.constructor as typeof UnauthorizedError))(message, { ...details, status, body });
  };
}
