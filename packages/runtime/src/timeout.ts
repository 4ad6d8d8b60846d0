import { setTimeout as wait } from "node:timers/promises";

/** Default per-attempt timeout: 60 s. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Why an attempt was cancelled. */
export type AttemptAbort = "timeout" | "caller" | undefined;

/**
 * One attempt's cancellation: our timeout or the caller's signal, never shared between requests.
 * The default transport listens with `onAbort`; an `AbortSignal` is only built when a custom fetch asks for it.
 */
export interface AttemptSignal {
  /** An AbortSignal that follows this attempt (created on first use). */
  readonly signal: AbortSignal;
  /** Call `listener` with the reason when the attempt is cancelled (one listener). */
  onAbort(listener: (reason: unknown) => void): void;
  /** What cancelled the attempt, if anything did. */
  reason(): AttemptAbort;
  /** Stop the timer and detach from the caller's signal. */
  clear(): void;
}

/** Start the timer of one attempt (`timeoutMs`), linked to the caller's optional signal. */
export function startAttempt(timeoutMs: number, callerSignal: AbortSignal | null | undefined): AttemptSignal {
  let fired: AttemptAbort;
  let why: unknown;
  let controller: AbortController | undefined;
  let listener: ((reason: unknown) => void) | undefined;
  const cancel = (by: AttemptAbort, reason: unknown) => {
    if (fired) return;
    fired = by;
    why = reason;
    controller?.abort(reason);
    listener?.(reason);
  };
  const onCallerAbort = () => cancel("caller", callerSignal?.reason);
  const timer = setTimeout(() => cancel("timeout", new DOMException(`attempt timed out after ${timeoutMs} ms`, "TimeoutError")), timeoutMs);
  if (callerSignal) {
    if (callerSignal.aborted) onCallerAbort();
    else callerSignal.addEventListener("abort", onCallerAbort, { once: true });
  }
  return {
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (fired) controller.abort(why);
      }
      return controller.signal;
    },
    onAbort(fn) {
      listener = fn;
      if (fired) fn(why);
    },
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
