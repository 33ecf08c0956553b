import type { ProductList } from "@chophien/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** Fewer letters would match most of the market. */
export const MIN_SEARCH = 2;
const LIMIT = 20;

/** GET /api/products?q=&limit=20 — the public catalog searched by name (accents optional), for a market voucher. */
export const searchCatalogProducts = (q: string, signal?: AbortSignal) =>
  api<ProductList>("/products", { query: { q, limit: LIMIT }, signal }).then((r) => r.items);

/** The catalog's matches for `q`, once it has MIN_SEARCH letters; the previous matches stay while typing. */
export const useCatalogProductSearch = (q: string) =>
  useQuery({
    queryKey: ["vouchers", "catalog-search", q],
    queryFn: ({ signal }) => searchCatalogProducts(q, signal),
    enabled: q.length >= MIN_SEARCH,
    placeholderData: keepPreviousData,
  });
