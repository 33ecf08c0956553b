import { useCallback, useRef } from "react";

/** A random key; crypto.randomUUID needs a secure context, so plain-http LAN demos fall back to getRandomValues. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * One Idempotency-Key per checkout attempt: the same key for every retry of that attempt (so a double tap or a
 * resend after a timeout can never make two orders), a new one once the shopper changes what they are ordering.
 */
export function useAttemptKey() {
  const key = useRef<string | null>(null);
  const current = useCallback(() => (key.current ??= newKey()), []);
  const reset = useCallback(() => {
    key.current = null;
  }, []);
  return { current, reset };
}
