/** Every stored version of every object, per concrete collection path (`/portfolios/pf_1/contracts`). */
export class VersionedStore {
  private readonly collections = new Map<string, Map<string, Record<string, unknown>[]>>();

  /** The latest version of `id` under `collection`, or undefined. */
  latest(collection: string, id: string): Record<string, unknown> | undefined {
    return this.collections.get(collection)?.get(id)?.at(-1);
  }

  /** Appends a version of `id`. */
  append(collection: string, id: string, value: Record<string, unknown>): void {
    const items = this.collections.get(collection) ?? new Map<string, Record<string, unknown>[]>();
    this.collections.set(collection, items);
    const versions = items.get(id) ?? [];
    versions.push(value);
    items.set(id, versions);
  }

  /** The latest version of each object under `collection`, in id order. */
  latestAll(collection: string): Record<string, unknown>[] {
    return this.entries(collection).flatMap(([, versions]) => versions.slice(-1));
  }

  /** Every version of every object under `collection`, in id then storage order. */
  versions(collection: string): Record<string, unknown>[] {
    return this.entries(collection).flatMap(([, versions]) => versions);
  }

  /** Forgets everything. */
  clear(): void {
    this.collections.clear();
  }

  private entries(collection: string): [string, Record<string, unknown>[]][] {
    return [...(this.collections.get(collection) ?? new Map()).entries()].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
  }
}
