import type { CheckoutRequest, CheckoutResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/**
 * POST /api/checkout — one order for the cart, split per stall, stock reserved atomically. The Idempotency-Key
 * makes a repeat of the same attempt (double tap, retry after a dropped connection) return the same order.
 */
export const postCheckout = ({ body, idempotencyKey }: { body: CheckoutRequest; idempotencyKey: string }) =>
  api<CheckoutResponse>("/checkout", { method: "POST", body, headers: { "Idempotency-Key": idempotencyKey } });

export function usePlaceOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: postCheckout,
    onSuccess: () => {
      // The cart was bought and emptied; the order list has a new first row.
      void qc.invalidateQueries({ queryKey: ["cart"] });
      void qc.invalidateQueries({ queryKey: ["orders"] });
    },
    onError: () => void qc.invalidateQueries({ queryKey: ["cart"] }),
  });
}
