import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import type { SellerStallOrder } from "./types";

/** GET /api/seller/orders/:id — one stall order with the buyer's address, payment and timeline. */
export const getSellerOrder = (id: string, signal?: AbortSignal) =>
  api<{ stallOrder: SellerStallOrder }>(`/seller/orders/${id}`, { signal }).then((r) => r.stallOrder);

export const sellerOrderQuery = (id: string) =>
  queryOptions({ queryKey: ["seller-order", id], queryFn: ({ signal }) => getSellerOrder(id, signal) });

export const useSellerOrder = (id: string) => useQuery(sellerOrderQuery(id));

/** After a step: the answer is the new state of the order; the inbox and its counts are stale. */
export function rememberSellerOrder(qc: QueryClient, order: SellerStallOrder): void {
  qc.setQueryData(["seller-order", order.id], order);
  void qc.invalidateQueries({ queryKey: ["seller-orders"] });
  void qc.invalidateQueries({ queryKey: ["seller-summary"] });
  // Delivering moves money into "pending"; cancelling a paid order books a refund.
  void qc.invalidateQueries({ queryKey: ["seller-ledger"] });
}
