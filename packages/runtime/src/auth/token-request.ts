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
  const prefix = `${label} failed: `;
  const scrubbed = (error: ApiError, message: string, Class = error.constructor as typeof ApiError) =>
    new Class(redactSecrets(message, secrets), error);
  return async (input, init) => {
    const request = new Request(input, init);
    let response: Response;
    try {
      response = await send(request, { stream: false }, { url: "", retries: 0 });
    } catch (error) {
      throw scrubbed(error as ApiError, prefix + (error as ApiError).message);
    }
    if (response.ok) return response;
    const { status, statusText } = response;
    const body = await readBody(response).catch(() => undefined);
    const error = httpError({
      status,
      statusText,
      body,
      method: request.method,
      url: redactUrl(request.url),
      retries: 0,
      prefix,
    });
    throw scrubbed(error, error.message, status < 500 && status !== 429 ? UnauthorizedError : undefined);
  };
}
