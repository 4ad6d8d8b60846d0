/** Supplies the Authorization header of each attempt. */
export interface AuthProvider {
  /** The Authorization header value (`Bearer …`, `Basic …`). Called before every attempt; cache inside. */
  authorize(): Promise<string>;
  /** After a 401 answered to `rejected`: drop that credential. Return true to retry the request once with a fresh one. */
  onUnauthorized?(rejected: string): boolean;
}

/** A credential and when it stops being usable (epoch ms; undefined = until a 401). */
export interface Expiring {
  value: string;
  expiresAt: number | undefined;
}

/** A cache of one credential: single flight for concurrent callers, renewed at expiry or after a 401. */
export interface CredentialCache {
  get(): Promise<string>;
  /** Forget `rejected` if it is still the cached one; true when a fresh one can be fetched. */
  invalidate(rejected: string): boolean;
}

/** Cache what `acquire` returns; every caller waiting at the same time shares one acquisition. */
export function credentialCache(acquire: () => Promise<Expiring>): CredentialCache {
  let current: Expiring | undefined;
  let pending: Promise<string> | undefined;
  return {
    get() {
      if (current && (current.expiresAt === undefined || Date.now() < current.expiresAt))
        return Promise.resolve(current.value);
      pending ??= acquire().then(
        (fresh) => {
          current = fresh;
          pending = undefined;
          return fresh.value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    invalidate(rejected) {
      if (current?.value === rejected) current = undefined;
      return true;
    },
  };
}
