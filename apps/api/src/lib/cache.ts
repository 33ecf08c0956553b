/** When an entry was stored, in milliseconds of a monotonic clock. */
export type MonotonicNow = () => number;

export interface TtlCacheOptions {
  /** How long an entry is served, in ms; 0 turns the cache off (every get loads). */
  ttlMs: number;
  /** Entries kept at most; the least recently used goes first. */
  max: number;
  /** Tests pass a clock they can move. */
  now?: MonotonicNow;
}

/**
 * A small in-process cache with a time-to-live and a bounded LRU, for public reads that may be a few seconds
 * stale. Concurrent misses of one key share one load (a burst on a cold key costs one query), and a failed
 * load is never kept. Each process has its own: with several replicas, each may be stale on its own clock.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { at: number; value: Promise<V> }>();
  private readonly now: MonotonicNow;

  constructor(private readonly opts: TtlCacheOptions) {
    this.now = opts.now ?? (() => performance.now());
  }

  /** The cached value of `key`, else what `load` gives (stored for `ttlMs`). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.opts.ttlMs <= 0) return load();
    const now = this.now();
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && now - hit.at < this.opts.ttlMs) {
      this.entries.set(key, hit); // most recently used last
      return hit.value;
    }
    const value = load();
    const entry = { at: now, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.opts.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /** Forgets everything (e.g. after a change that must show at once). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
