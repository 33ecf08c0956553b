import type { Order } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { orderKey } from "./get-order";

/** POST /api/orders/:code/cancel — cancels every part the sellers have not confirmed yet (stock goes back). */
export const cancelOrder = ({ code, reason }: { code: string; reason?: string }) =>
  api<{ order: Order }>(`/orders/${encodeURIComponent(code)}/cancel`, { method: "POST", body: reason ? { reason } : {} }).then(
    (r) => r.order,
  );

export function useCancelOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: cancelOrder,
    onSuccess: (order) => {
      qc.setQueryData(orderKey(order.code), order);
      void qc.invalidateQueries({ queryKey: ["orders"] });
    },
  });
}
