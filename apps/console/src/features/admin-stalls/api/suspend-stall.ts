import type { StallResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberAdminStall } from "./get-admin-stall";

/** POST /api/admin/stalls/:id/suspend {reason} — takes an approved stall and its products off the market; the owner reads the reason (reason 5–1000 characters; 409 if illegal). */
export const suspendStall = (id: string, reason: string) =>
  api<StallResponse>(`/admin/stalls/${id}/suspend`, { method: "POST", body: { reason } }).then((r) => r.stall);

export function useSuspendStall() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => suspendStall(id, reason),
    onSuccess: (stall) => rememberAdminStall(qc, stall),
  });
}
