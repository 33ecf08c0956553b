import type { ProductDetail } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/products/:slug — the product page with images, stall and related products. */
export const getProduct = (slug: string, signal?: AbortSignal) =>
  api<{ product: ProductDetail }>(`/products/${encodeURIComponent(slug)}`, { signal }).then((r) => r.product);

export const productQuery = (slug: string) =>
  queryOptions({ queryKey: ["product", slug], queryFn: ({ signal }) => getProduct(slug, signal) });

export const useProduct = (slug: string) => useQuery(productQuery(slug));
