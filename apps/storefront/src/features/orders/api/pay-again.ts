import type { PayAgainRequest, PayAgainResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { orderKey } from "./get-order";

/** POST /api/orders/:code/payment — a new VNPay attempt for an order that awaits payment, or cash on delivery instead. */
export const payAgain = ({ code, paymentMethod }: { code: string } & PayAgainRequest) =>
  api<PayAgainResponse>(`/orders/${encodeURIComponent(code)}/payment`, { method: "POST", body: { paymentMethod } });

export function usePayAgain() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: payAgain,
    onSuccess: ({ order }) => {
      qc.setQueryData(orderKey(order.code), order);
      void qc.invalidateQueries({ queryKey: ["orders"] });
    },
  });
}
