/** Given to `onRequest` before each attempt is sent. */
export interface RequestEvent {
  method: string;
  /** URL with credential-looking query values redacted. */
  url: string;
  /** Request headers, lower-cased, with `authorization` and other credential headers as `[redacted]`. */
  headers: Record<string, string>;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
}

/** Given to `onResponse` after each attempt: a status, or an `error` when no response arrived. */
export interface ResponseEvent {
  method: string;
  url: string;
  attempt: number;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** Response headers, credential headers (`set-cookie`, ...) redacted; empty without a response. */
  headers: Record<string, string>;
  /** Time from sending to the full response (or the failure), in ms. */
  durationMs: number;
  /** Set when no response arrived: `ConnectionError`, `TimeoutError` or `AbortError`, with its message. */
  error?: { name: string; message: string };
}

/** Given to `onRetry` when an attempt failed and another one is scheduled. */
export interface RetryEvent {
  method: string;
  url: string;
  /** The attempt that failed (1-based). */
  attempt: number;
  /** Status of the failed attempt; 0 without a response. */
  status: number;
  /** Wait before the next attempt, in ms. */
  delayMs: number;
  /** Why: `status 503`, `connection error`, `timeout`, `token request failed`, or `unauthorized, credential renewed`. */
  reason: string;
}

/** Observers for logging and metrics. They cannot change the request; a hook that throws is ignored (see README). */
export interface Hooks {
  onRequest?(event: RequestEvent): void;
  onResponse?(event: ResponseEvent): void;
  onRetry?(event: RetryEvent): void;
}

const warned = new WeakSet<object>();

/** Call an observer; a throw or a rejected promise is reported once per hook as a process warning, then ignored. */
export function callHook<E>(hooks: Hooks, name: keyof Hooks, hook: (event: E) => unknown, event: E): void {
  const warn = (error: unknown) => {
    if (warned.has(hook)) return;
    warned.add(hook);
    const message = `hooks.${name} threw and was ignored: ${(error as Error)?.message ?? error}`;
    // Node's process warning when there is a process (Node, Bun, Deno), the console elsewhere.
    const proc = (globalThis as { process?: { emitWarning?(message: string, type: string): void } }).process;
    if (proc?.emitWarning) proc.emitWarning(message, "PartnerApisHookWarning");
    else console.warn(message);
  };
  try {
    Promise.resolve(hook.call(hooks, event)).catch(warn);
  } catch (error) {
    warn(error);
  }
}
