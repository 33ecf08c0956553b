import type { ProductList } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** Typing pauses this long before asking: one request per pause, not per keystroke on a slow phone. */
export const SUGGEST_DEBOUNCE_MS = 250;
const MIN_CHARS = 2;

/** GET /api/products?q=…&limit=5 — the first few matches while typing (accent-free: "ca phe" finds "cà phê"). */
export const getSuggestions = (q: string, signal?: AbortSignal) =>
  api<ProductList>("/products", { query: { q, limit: 5 }, signal }).then((r) => ({ items: r.items, total: r.total }));

/** Suggestions for what is being typed, debounced; none under two characters. */
export function useSuggestions(text: string) {
  const q = useDebouncedValue(text.trim(), SUGGEST_DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ["suggest", q],
    queryFn: ({ signal }) => getSuggestions(q, signal),
    enabled: q.length >= MIN_CHARS,
    staleTime: 60_000,
  });
  return { q, ...query };
}
