import type { Order } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { orderKey } from "./get-order";

/** POST /api/orders/:code/receive — confirms the delivered parts arrived (they complete). */
export const receiveOrder = (code: string) =>
  api<{ order: Order }>(`/orders/${encodeURIComponent(code)}/receive`, { method: "POST" }).then((r) => r.order);

export function useReceiveOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: receiveOrder,
    onSuccess: (order) => {
      qc.setQueryData(orderKey(order.code), order);
      void qc.invalidateQueries({ queryKey: ["orders"] });
    },
  });
}
