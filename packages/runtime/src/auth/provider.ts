/** What an attempt gives its auth provider: the attempt's signal (its `timeoutMs` and the caller's signal). */
export interface AuthContext {
  /** Aborted when the attempt times out (reason: an AttemptTimeout) or the caller aborts. */
  signal?: AbortSignal;
}

/** Supplies the Authorization header of each attempt. */
export interface AuthProvider {
  /** The Authorization header value (`Bearer …`, `Basic …`). Called before every attempt; cache inside. */
  authorize(context?: AuthContext): Promise<string>;
  /** After a 401 answered to `rejected`: drop that credential. Return true to retry the request once with a fresh one. */
  onUnauthorized?(rejected: string): boolean;
  /** Every credential this provider knows (secrets, tokens issued), scrubbed from errors and hook payloads. */
  secrets?(): Iterable<string>;
}

/** A credential and when it stops being usable (epoch ms; undefined = until a 401). */
export interface Expiring {
  value: string;
  expiresAt: number | undefined;
}

/** A cache of one credential: single flight for concurrent callers, renewed at expiry or after a 401. */
export interface CredentialCache {
  get(context?: AuthContext): Promise<string>;
  /** Forget `rejected` if it is still the cached one; true when a fresh one can be fetched. */
  invalidate(rejected: string): boolean;
  /** The credentials issued so far (the last few), to scrub from errors. */
  issued(): Iterable<string>;
}

/** How many issued credentials are remembered for scrubbing. */
const REMEMBERED = 8;

/**
 * Cache what `acquire` returns; every caller waiting at the same time shares one acquisition, which runs under the
 * signal of the caller that started it. Each caller stops waiting when its own signal aborts.
 */
export function credentialCache(acquire: (signal: AbortSignal | undefined) => Promise<Expiring>): CredentialCache {
  let current: Expiring | undefined;
  let pending: Promise<string> | undefined;
  const issued: string[] = [];
  return {
    get(context) {
      const signal = context?.signal;
      if (current && (current.expiresAt === undefined || Date.now() < current.expiresAt))
        return Promise.resolve(current.value);
      // The caller that starts the acquisition gives it its signal, and gets the acquisition's own typed error.
      const starter = !pending;
      pending ??= acquire(signal).then(
        (fresh) => {
          current = fresh;
          pending = undefined;
          issued.push(fresh.value.replace(/^\S+ /, ""), fresh.value);
          issued.splice(0, issued.length - 2 * REMEMBERED);
          return fresh.value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      if (!signal || starter) return pending;
      if (signal.aborted) return Promise.reject(signal.reason);
      const shared = pending;
      return new Promise<string>((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        shared.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
      });
    },
    invalidate(rejected) {
      if (current?.value === rejected) current = undefined;
      return true;
    },
    issued: () => issued,
  };
}
