import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { parseSearchParams, patchSearchState, toSearchParams, type SearchState } from "../lib/search-params";

/**
 * The listing's state lives in the URL only — no copy in React state — so a link reproduces the page, back
 * undoes a filter, and the scroll position comes back with the cached results.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const update = useCallback(
    (patch: SearchState) => setParams((prev) => toSearchParams(patchSearchState(parseSearchParams(prev), patch))),
    [setParams],
  );
  const clearFilters = useCallback(
    () =>
      setParams((prev) => {
        const { q, sort } = parseSearchParams(prev);
        return toSearchParams({ q, sort });
      }),
    [setParams],
  );
  return { state, update, clearFilters };
}
