import { useSyncExternalStore } from "react";

/**
 * The short confirmations on screen, for one app's toast region. `show` adds one for 4 s (only the newest three
 * stay), `dismiss` takes one away, `useToasts` re-renders the region when the list changes. `T` is what a toast
 * carries in that app (a message and a tone, a follow-up link…); each gets an `id`.
 */
export function createToastStore<T extends object>() {
  type Shown = T & { id: number };
  let toasts: Shown[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const publish = (next: Shown[]) => {
    toasts = next;
    for (const l of listeners) l();
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  const snapshot = () => toasts;

  const dismiss = (id: number): void => publish(toasts.filter((t) => t.id !== id));
  const show = (toast: T): void => {
    const id = nextId++;
    publish([...toasts, { ...toast, id }].slice(-3));
    setTimeout(() => dismiss(id), 4000);
  };
  const useToasts = (): Shown[] => useSyncExternalStore(subscribe, snapshot, snapshot);
  return { show, dismiss, useToasts };
}
