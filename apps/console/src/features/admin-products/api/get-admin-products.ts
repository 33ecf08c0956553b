import type { AdminProductList, AdminProductQuery } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type AdminProductFilters = Partial<AdminProductQuery>;

/** GET /api/admin/products?q&stall&status&hidden&page&limit — every stall's products, any status, newest first. */
export const getAdminProducts = (filters: AdminProductFilters, signal?: AbortSignal) =>
  api<AdminProductList>("/admin/products", { query: filters, signal });

export const adminProductsQuery = (filters: AdminProductFilters) =>
  queryOptions({ queryKey: ["admin-products", filters], queryFn: ({ signal }) => getAdminProducts(filters, signal) });

/** A page of the moderation table; while a new search loads, the previous rows stay (dimmed). */
export const useAdminProducts = (filters: AdminProductFilters) =>
  useQuery({ ...adminProductsQuery(filters), placeholderData: keepPreviousData });
