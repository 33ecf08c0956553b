import { provinceBySlug } from "@chophien/contracts";
import { useCallback, useSyncExternalStore } from "react";

/** The shopper's delivery province as she last chose it on a product page (a slug; nothing secret). */
const KEY = "cp_province";
const listeners = new Set<() => void>();

const read = (): string | undefined => {
  if (typeof localStorage === "undefined") return undefined;
  const v = localStorage.getItem(KEY);
  return v && provinceBySlug(v) ? v : undefined;
};

/** The saved province and a setter that remembers a new choice in this browser. */
export function useSavedProvince(): [string | undefined, (slug: string) => void] {
  const value = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    read,
    () => undefined,
  );
  const set = useCallback((slug: string) => {
    if (typeof localStorage !== "undefined") localStorage.setItem(KEY, slug);
    for (const l of listeners) l();
  }, []);
  return [value, set];
}
