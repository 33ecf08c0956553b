import type { CreatePayoutRequest, PayoutResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** POST /api/admin/payouts — records a bank transfer to a stall; more than its available balance is 409. */
export const createPayout = (body: CreatePayoutRequest) =>
  api<PayoutResponse>("/admin/payouts", { method: "POST", body }).then((r) => r.payout);

export function useCreatePayout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createPayout,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["admin-payouts"] }),
    // Paid or refused (409: more than the balance), the stall's balance may have moved: read it again.
    onSettled: (_p, _err, body) => void qc.invalidateQueries({ queryKey: ["admin-stall-balance", body.stallId] }),
  });
}
