import type { AdminProductResponse } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/admin/products/:id — one product with its moderation history, oldest first. */
export const getAdminProduct = (id: string, signal?: AbortSignal) =>
  api<AdminProductResponse>(`/admin/products/${id}`, { signal }).then((r) => r.product);

export const adminProductQuery = (id: string) =>
  queryOptions({ queryKey: ["admin-products", "one", id], queryFn: ({ signal }) => getAdminProduct(id, signal) });

/** Loaded only once `enabled` (the history is opened). */
export const useAdminProduct = (id: string, enabled: boolean) => useQuery({ ...adminProductQuery(id), enabled });
