import type { AuditRow, GrantDto } from "@chophien/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/me/stall/grants — the helpers of my stall, newest first. */
export const useOwnerGrants = () =>
  useQuery({
    queryKey: ["owner-grants"],
    queryFn: ({ signal }) => api<{ items: GrantDto[] }>("/me/stall/grants", { signal }).then((r) => r.items),
  });

/** GET /api/me/stall/audit — what helpers did for my stall. */
export const useOwnerAudit = (page = 1) =>
  useQuery({
    queryKey: ["owner-audit", page],
    queryFn: ({ signal }) => api<{ items: AuditRow[]; total: number }>("/me/stall/audit", { query: { page, limit: 20 }, signal }),
  });

/** POST /api/me/stall/grants/:id/consent — the 6-digit code the owner received. */
export function useConsent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, code }: { id: string; code: string }) =>
      api<{ grant: GrantDto }>(`/me/stall/grants/${id}/consent`, { method: "POST", body: { code } }).then((r) => r.grant),
    onSettled: () => qc.invalidateQueries({ queryKey: ["owner-grants"] }),
  });
}

/** DELETE /api/me/stall/grants/:id — ends the help at once. */
export function useRevokeGrant() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ grant: GrantDto }>(`/me/stall/grants/${id}`, { method: "DELETE" }).then((r) => r.grant),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["owner-grants"] }),
  });
}

/** POST /api/account-claims — the producer sets a password for the account a helper made. */
export const claimAccount = (token: string, password: string) =>
  api<{ userId: string }>("/account-claims", { method: "POST", body: { token, password } });
