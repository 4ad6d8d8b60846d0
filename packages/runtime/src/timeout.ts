import { setTimeout as wait } from "node:timers/promises";

/** Default per-attempt timeout: 60 s. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Why an attempt's signal fired. */
export type AttemptAbort = "timeout" | "caller" | undefined;

/** One attempt's own AbortSignal: fires on our timeout or on the caller's signal, never shared between requests. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** What fired the signal, if it fired. */
  reason(): AttemptAbort;
  /** Stop the timer and detach from the caller's signal. */
  clear(): void;
}

/** Start the timer of one attempt (`timeoutMs`), linked to the caller's optional signal. */
export function startAttempt(timeoutMs: number, callerSignal: AbortSignal | null | undefined): AttemptSignal {
  const controller = new AbortController();
  let fired: AttemptAbort;
  const onCallerAbort = () => {
    fired ??= "caller";
    controller.abort(callerSignal?.reason);
  };
  const timer = setTimeout(() => {
    fired ??= "timeout";
    controller.abort(new DOMException(`attempt timed out after ${timeoutMs} ms`, "TimeoutError"));
  }, timeoutMs);
  if (callerSignal) {
    if (callerSignal.aborted) onCallerAbort();
    else callerSignal.addEventListener("abort", onCallerAbort, { once: true });
  }
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
export const sleep = (ms: number, signal: AbortSignal | null | undefined): Promise<unknown> => wait(ms, undefined, signal ? { signal } : {});

/** `promise`, or a rejection as soon as the caller's signal aborts (the work itself goes on for other callers). */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
