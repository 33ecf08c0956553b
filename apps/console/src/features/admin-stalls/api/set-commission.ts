import type { CommissionOverrideRequest, StallResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberAdminStall } from "./get-admin-stall";

/** PATCH /api/admin/stalls/:id/commission — a per-stall rate in basis points (500 = 5 %); null = platform default. */
export const setCommission = (id: string, commissionRateBps: CommissionOverrideRequest["commissionRateBps"]) =>
  api<StallResponse>(`/admin/stalls/${id}/commission`, { method: "PATCH", body: { commissionRateBps } }).then((r) => r.stall);

export function useSetCommission() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, bps }: { id: string; bps: number | null }) => setCommission(id, bps),
    onSuccess: (stall) => rememberAdminStall(qc, stall),
  });
}
