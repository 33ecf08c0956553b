import type { CategoryNode, CategoryTree } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/categories — the category tree with public product counts. */
export const getCategories = (signal?: AbortSignal) => api<CategoryTree>("/categories", { signal });

/** Categories change rarely: cached for ten minutes. */
export const categoriesQuery = () =>
  queryOptions({ queryKey: ["categories"], queryFn: ({ signal }) => getCategories(signal), staleTime: 10 * 60_000 });

export const useCategories = () => useQuery(categoriesQuery());

/** Every category in the tree, children after their parent. */
export function flattenCategories(items: CategoryNode[]): CategoryNode[] {
  return items.flatMap((c) => [c, ...flattenCategories(c.children)]);
}
