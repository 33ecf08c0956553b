import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberSellerOrder } from "./get-seller-order";
import type { SellerStallOrder } from "./types";

/** POST /api/seller/orders/:id/confirm — accept a placed order (the buyer can no longer cancel it); an illegal step is 409. */
export const confirmOrder = (id: string) =>
  api<{ stallOrder: SellerStallOrder }>(`/seller/orders/${id}/confirm`, { method: "POST", body: {} }).then((r) => r.stallOrder);

export function useConfirmOrder() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: confirmOrder, onSuccess: (order) => rememberSellerOrder(qc, order) });
}
