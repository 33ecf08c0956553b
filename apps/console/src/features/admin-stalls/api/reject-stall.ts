import type { StallResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberAdminStall } from "./get-admin-stall";

/** POST /api/admin/stalls/:id/reject {reason} — refuses a pending application; the applicant reads the reason and can edit and re-apply (reason 5–1000 characters; 409 if illegal). */
export const rejectStall = (id: string, reason: string) =>
  api<StallResponse>(`/admin/stalls/${id}/reject`, { method: "POST", body: { reason } }).then((r) => r.stall);

export function useRejectStall() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectStall(id, reason),
    onSuccess: (stall) => rememberAdminStall(qc, stall),
  });
}
