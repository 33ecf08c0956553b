import type { ProductList, ProductListQuery } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** The listing's filters as the API takes them (all optional). */
export type ProductFilters = Partial<ProductListQuery>;

/** GET /api/products — cards, total and facet counts for the filters. */
export const getProducts = (filters: ProductFilters, signal?: AbortSignal) =>
  api<ProductList>("/products", { query: filters, signal });

export const productsQuery = (filters: ProductFilters) =>
  queryOptions({ queryKey: ["products", filters], queryFn: ({ signal }) => getProducts(filters, signal) });

/** A product listing; while new filters load, the previous results stay on screen (dimmed by the page). */
export const useProducts = (filters: ProductFilters, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...productsQuery(filters), placeholderData: keepPreviousData, enabled });
