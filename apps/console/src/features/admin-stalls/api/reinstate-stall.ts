import type { StallResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberAdminStall } from "./get-admin-stall";

/** POST /api/admin/stalls/:id/reinstate — a suspended stall and its products are back (an illegal transition is 409). */
export const reinstateStall = (id: string) =>
  api<StallResponse>(`/admin/stalls/${id}/reinstate`, { method: "POST", body: {} }).then((r) => r.stall);

export function useReinstateStall() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: reinstateStall, onSuccess: (stall) => rememberAdminStall(qc, stall) });
}
