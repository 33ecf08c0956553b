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
    onSuccess: (p) => {
      void qc.invalidateQueries({ queryKey: ["admin-payouts"] });
      void qc.invalidateQueries({ queryKey: ["admin-stall-balance", p.stall.id] });
    },
  });
}
