import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberSellerOrder } from "./get-seller-order";
import type { SellerStallOrder } from "./types";

/** POST /api/seller/orders/:id/deliver — the parcel reached the buyer (cash on delivery counts as paid); an illegal step is 409. */
export const deliverOrder = (id: string) =>
  api<{ stallOrder: SellerStallOrder }>(`/seller/orders/${id}/deliver`, { method: "POST", body: {} }).then((r) => r.stallOrder);

export function useDeliverOrder() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deliverOrder, onSuccess: (order) => rememberSellerOrder(qc, order) });
}
