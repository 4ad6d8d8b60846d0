import { setTimeout as wait } from "node:timers/promises";

/** Default per-attempt timeout: 60 s. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Why an attempt was cancelled. */
export type AttemptAbort = "timeout" | "caller" | undefined;

/** One attempt's cancellation: our timeout or the caller's signal, never shared between requests. */
export interface AttemptSignal {
  /** Aborted when the attempt is cancelled. */
  readonly signal: AbortSignal;
  /** What cancelled the attempt, if anything did. */
  reason(): AttemptAbort;
  /** Stop the timer and detach from the caller's signal. */
  clear(): void;
}

/** Start the timer of one attempt (`timeoutMs`), linked to the caller's optional signal. */
export function startAttempt(timeoutMs: number, callerSignal: AbortSignal | null | undefined): AttemptSignal {
  const controller = new AbortController();
  let fired: AttemptAbort;
  const cancel = (by: AttemptAbort, reason?: unknown) => {
    if (fired) return;
    fired = by;
    controller.abort(reason);
  };
  const onCallerAbort = () => cancel("caller", callerSignal?.reason);
  // The abort reason is the signal's default; the TimeoutError our sender throws says what happened.
  const timer = setTimeout(cancel, timeoutMs, "timeout");
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    reason: () => fired,
    clear() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** Wait `ms`; rejects as soon as the caller's signal aborts. */
export const sleep = (ms: number, signal: AbortSignal | null | undefined): Promise<unknown> =>
  wait(ms, undefined, signal ? { signal } : {});

/** `promise`, or a rejection as soon as the caller's signal aborts (the work itself goes on for other callers). */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
