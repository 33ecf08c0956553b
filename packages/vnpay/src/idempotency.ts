import { VNPayInvalidRequestError } from "./errors";

interface Entry<T> {
  fingerprint: string;
  value: T;
}

/** Stable JSON of plain params (keys sorted) so the same params always fingerprint the same. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * A bounded in-memory map from idempotency key to the first result. Per process only: it protects
 * against double clicks and client retries, not against two servers doing the same work.
 */
export class IdempotencyCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly maxEntries: number) {}

  /** The remembered value for `key`; throws if the key was first used with different params (as Stripe does). */
  get(key: string, print: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.fingerprint !== print) {
      throw new VNPayInvalidRequestError({
        message: `Idempotency key "${key}" was already used with different parameters`,
        code: "idempotency_key_in_use",
      });
    }
    return entry.value;
  }

  /** Remembers `value`, evicting the oldest key once full. */
  set(key: string, print: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { fingerprint: print, value });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** Forgets `key`, e.g. after a failed attempt so it can be retried. */
  delete(key: string): void {
    this.entries.delete(key);
  }
}
