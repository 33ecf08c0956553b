import { useSearchParams } from "react-router";

/**
 * A list's filters kept in the URL, so Back and a shared link keep them: the params, the page (1 when absent) and
 * `setParam`, which sets one (removes it when empty), goes back to page 1 unless the page itself changed, and
 * replaces the history entry rather than adding one per keystroke.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const page = Number(params.get("page")) || 1;
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== "page") next.delete("page");
        return next;
      },
      { replace: true },
    );
  return { params, page, setParam };
}
