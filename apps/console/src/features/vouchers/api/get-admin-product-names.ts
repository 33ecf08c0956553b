import type { AdminProductResponse } from "@chophien/contracts";
import { useQueries } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/admin/products/:id — here only for the product's name. */
export const getAdminProductName = (id: string, signal?: AbortSignal) =>
  api<AdminProductResponse>(`/admin/products/${id}`, { signal }).then((r) => r.product.name);

/**
 * The names of a market voucher's chosen products that the page has not met in a search (the catalog has no
 * lookup by id): one request each, kept for the session. Returns the names found so far, by id.
 */
export function useAdminProductNames(ids: readonly string[]): Map<string, string> {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ["vouchers", "product-name", id],
      queryFn: ({ signal }: { signal: AbortSignal }) => getAdminProductName(id, signal),
      staleTime: Infinity,
    })),
    combine: (results) =>
      new Map(results.flatMap((r, i) => (r.data === undefined ? [] : [[ids[i]!, r.data] as [string, string]]))),
  });
}
