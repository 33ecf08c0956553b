import type { Order } from "@chophien/contracts";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/orders/:code — one of my orders with its stall parts, timeline and payment. */
export const getOrder = (code: string, signal?: AbortSignal) =>
  api<{ order: Order }>(`/orders/${encodeURIComponent(code)}`, { signal }).then((r) => r.order);

export const orderKey = (code: string) => ["order", code] as const;

/** The payment has an outcome: nothing more to wait for. */
export const paymentSettled = (order: Order) =>
  order.status === "cancelled" || ["paid", "failed", "refunded", "partially_refunded"].includes(order.payment.status);

/**
 * An order; with `pollUntilSettled`, asked again every few seconds until the payment is paid, failed or the
 * order cancelled (the VNPay return page: the IPN may land a moment after the shopper does).
 */
export function useOrder(code: string, { pollUntilSettled = false }: { pollUntilSettled?: boolean } = {}) {
  return useQuery({
    queryKey: orderKey(code),
    queryFn: ({ signal }) => getOrder(code, signal),
    refetchInterval: (q) => (pollUntilSettled && !(q.state.data && paymentSettled(q.state.data)) ? 3000 : false),
  });
}
