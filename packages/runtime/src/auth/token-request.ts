import { type ApiError, httpError, UnauthorizedError } from "../errors.js";
import { redactSecrets, redactUrl } from "../redact.js";
import { readBody } from "../request.js";
import { DEFAULT_RETRY } from "../retry.js";
import { createSender } from "../send.js";
import { fetchTransport } from "../transport.js";

/** Default timeout of a token request: 30 s. */
export const TOKEN_TIMEOUT_MS = 30_000;

/**
 * A fetch for token endpoints, sent by the same machinery as API calls (timeout, typed errors, no retry: the API call
 * that needs the token retries): a failure says the token request failed, with the URL redacted and the `secrets`
 * scrubbed. A refusal (4xx but 429) is an UnauthorizedError.
 */
export function tokenFetch(
  label: string,
  fetch: typeof globalThis.fetch,
  timeoutMs: number,
  secrets: readonly string[],
): typeof globalThis.fetch {
  const send = createSender({
    auth: undefined,
    retry: { ...DEFAULT_RETRY, maxRetries: 0 },
    timeoutMs,
    hooks: {},
    transport: fetchTransport(fetch),
  });
  return async (input, init) => {
    const request = new Request(input, init);
    try {
      const response = await send(request, { stream: false }, { url: "", retries: 0 });
      if (response.ok) return response;
      const { status, statusText } = response;
      const body = await readBody(response).catch(() => undefined);
      throw httpError({ status, body, method: request.method, url: redactUrl(request.url), retries: 0 }, statusText);
    } catch (thrown) {
      const error = thrown as ApiError;
      const { status } = error;
      const Class =
        status && status < 500 && status !== 429 ? UnauthorizedError : (error.constructor as typeof ApiError);
      throw new Class(redactSecrets(`${label} failed: ${error.message}`, secrets), error);
    }
  };
}
