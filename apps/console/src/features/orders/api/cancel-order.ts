import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberSellerOrder } from "./get-seller-order";
import type { SellerStallOrder } from "./types";

/** POST /api/seller/orders/:id/cancel — with a reason the buyer reads (3–500 characters); stock returns, paid orders are refunded. */
export const cancelOrder = (id: string, reason: string) =>
  api<{ stallOrder: SellerStallOrder }>(`/seller/orders/${id}/cancel`, { method: "POST", body: { reason } }).then(
    (r) => r.stallOrder,
  );

export function useCancelOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => cancelOrder(id, reason),
    onSuccess: (order) => rememberSellerOrder(qc, order),
  });
}
