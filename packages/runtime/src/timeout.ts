/** Default per-attempt timeout: 60 s. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** The abort reason of an attempt that ran out of time (the sender turns it into a TimeoutError). */
export class AttemptTimeout {
  constructor(readonly timeoutMs: number) {}
}

/** One attempt's cancellation: our timeout or the caller's signal, never shared between requests. */
export interface AttemptSignal {
  /** Aborted when the attempt is cancelled: with an {@link AttemptTimeout}, or with the caller's reason. */
  readonly signal: AbortSignal;
  /** What cancelled the attempt, if anything did. */
  reason(): "timeout" | "caller" | undefined;
  /** The attempt's time budget. */
  readonly timeoutMs: number;
  /** Stop the timer and detach from the caller's signal. */
  clear(): void;
}

/** Start the timer of one attempt (`timeoutMs`, covering its token request and its body), linked to the caller's signal. */
export function startAttempt(timeoutMs: number, callerSignal: AbortSignal | null | undefined): AttemptSignal {
  const controller = new AbortController();
  let fired: "timeout" | "caller" | undefined;
  const cancel = (by: "timeout" | "caller", reason: unknown) => {
    if (fired) return;
    fired = by;
    controller.abort(reason);
  };
  const onCallerAbort = () => cancel("caller", callerSignal?.reason);
  const timer = setTimeout(() => cancel("timeout", new AttemptTimeout(timeoutMs)), timeoutMs);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    timeoutMs,
    reason: () => fired,
    clear() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}

/** Wait `ms`; rejects as soon as the caller's signal aborts. */
export function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
