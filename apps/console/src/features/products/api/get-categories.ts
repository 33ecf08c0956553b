import type { CategoryTree } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/categories — the category tree (groups with their categories); it rarely changes, so kept an hour. */
export const getCategories = (signal?: AbortSignal) => api<CategoryTree>("/categories", { signal }).then((r) => r.items);

export const categoriesQuery = () =>
  queryOptions({ queryKey: ["categories"], queryFn: ({ signal }) => getCategories(signal), staleTime: 60 * 60_000 });

export const useCategories = () => useQuery(categoriesQuery());
