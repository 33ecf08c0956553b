import type { SellerProductList, SellerProductQuery } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type SellerProductFilters = Partial<SellerProductQuery>;

/** GET /api/seller/products — the stall's own products, any status, filterable by `status`, `q`, `maxStock` and `hidden`. */
export const getSellerProducts = (filters: SellerProductFilters, signal?: AbortSignal) =>
  api<SellerProductList>("/seller/products", { query: filters, signal });

export const sellerProductsQuery = (filters: SellerProductFilters) =>
  queryOptions({ queryKey: ["seller-products", filters], queryFn: ({ signal }) => getSellerProducts(filters, signal) });

/** A page of the table; while a new search loads, the previous rows stay (dimmed by the table). */
export const useSellerProducts = (filters: SellerProductFilters) =>
  useQuery({ ...sellerProductsQuery(filters), placeholderData: keepPreviousData });
