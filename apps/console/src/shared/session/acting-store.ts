import { useSyncExternalStore } from "react";

/** The stall a helper is acting for (its id goes in `X-Acting-For-Stall` on every /api/seller call), or null. */
export interface ActingFor {
  stallId: string;
  stallName: string;
}

const KEY = "chophien.actingFor";
const listeners = new Set<() => void>();

function read(): ActingFor | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as Partial<ActingFor>) : null;
    return v && typeof v.stallId === "string" && typeof v.stallName === "string"
      ? { stallId: v.stallId, stallName: v.stallName }
      : null;
  } catch {
    return null;
  }
}

// Kept per tab (sessionStorage): another tab, or the next visit, starts as the helper themself.
let current: ActingFor | null = read();

export const getActingFor = () => current;

export function setActingFor(next: ActingFor | null): void {
  current = next;
  try {
    if (next) globalThis.sessionStorage?.setItem(KEY, JSON.stringify(next));
    else globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // Private mode without storage: acting still works until the tab closes.
  }
  for (const l of listeners) l();
}

export function useActingFor(): ActingFor | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
    () => current,
  );
}
