import type { SellerProduct } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/seller/products/:id — one of the stall's products with its photos in order. */
export const getSellerProduct = (id: string, signal?: AbortSignal) =>
  api<{ product: SellerProduct }>(`/seller/products/${id}`, { signal }).then((r) => r.product);

export const sellerProductQuery = (id: string) =>
  queryOptions({ queryKey: ["seller-product", id], queryFn: ({ signal }) => getSellerProduct(id, signal) });

export const useSellerProduct = (id: string | undefined) => useQuery({ ...sellerProductQuery(id ?? ""), enabled: Boolean(id) });
