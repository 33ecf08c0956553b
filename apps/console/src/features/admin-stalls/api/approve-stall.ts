import type { StallResponse } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { rememberAdminStall } from "./get-admin-stall";

/**
 * POST /api/admin/stalls/:id/approve — a pending application goes live; its owner becomes a seller and is mailed,
 * with the admin's optional message (an illegal transition is 409).
 */
export const approveStall = ({ id, message }: { id: string; message?: string | undefined }) =>
  api<StallResponse>(`/admin/stalls/${id}/approve`, { method: "POST", body: message ? { message } : {} }).then((r) => r.stall);

export function useApproveStall() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: approveStall, onSuccess: (stall) => rememberAdminStall(qc, stall) });
}
