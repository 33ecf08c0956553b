import type { Order } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { orderKey } from "./get-order";

/** POST /api/orders/:code/stall-orders/:id/cancel — cancels one stall's part before that stall confirms it. */
export const cancelStallOrder = ({ code, stallOrderId, reason }: { code: string; stallOrderId: string; reason?: string }) =>
  api<{ order: Order }>(`/orders/${encodeURIComponent(code)}/stall-orders/${encodeURIComponent(stallOrderId)}/cancel`, {
    method: "POST",
    body: reason ? { reason } : {},
  }).then((r) => r.order);

export function useCancelStallOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: cancelStallOrder,
    onSuccess: (order) => {
      qc.setQueryData(orderKey(order.code), order);
      void qc.invalidateQueries({ queryKey: ["orders"] });
    },
  });
}
