import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import type { Refund } from "./types";

/** POST /api/admin/refunds/:id/retry — sends a failed refund to VNPay again (409 when it is not failed). */
export const retryRefund = (id: string) =>
  api<{ refund: Refund }>(`/admin/refunds/${id}/retry`, { method: "POST" }).then((r) => r.refund);

export function useRetryRefund() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: retryRefund, onSettled: () => qc.invalidateQueries({ queryKey: ["admin-refunds"] }) });
}
