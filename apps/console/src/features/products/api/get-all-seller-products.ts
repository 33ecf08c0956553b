import type { SellerProduct } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { getSellerProducts } from "./get-seller-products";

/** Stalls sell a handful of products; 10 pages of 60 is far beyond any of them, and bounds the cost if not. */
const MAX_PAGES = 10;
const LIMIT = 60;

/**
 * Every product of the stall, by walking GET /api/seller/products pages — only to name the products in reviews,
 * which carry a `productId` alone (see the console's README).
 */
export async function getAllSellerProducts(signal?: AbortSignal): Promise<SellerProduct[]> {
  const all: SellerProduct[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await getSellerProducts({ page, limit: LIMIT }, signal);
    all.push(...res.items);
    if (page * LIMIT >= res.total) break;
  }
  return all;
}

export const allSellerProductsQuery = () =>
  queryOptions({ queryKey: ["seller-products", "all"], queryFn: ({ signal }) => getAllSellerProducts(signal) });

export const useAllSellerProducts = () => useQuery(allSellerProductsQuery());
