import type { Organisation, OrganisationList, OrganisationResponse, OrganisationStatus } from "@chophien/contracts";
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export interface OrganisationFilters {
  status?: OrganisationStatus;
  page?: number;
  limit?: number;
}

/** GET /api/admin/organisations?status&page&limit — oldest first (the pending queue, first come first served). */
export const useAdminOrganisations = (filters: OrganisationFilters) =>
  useQuery({
    queryKey: ["admin-organisations", filters],
    queryFn: ({ signal }) => api<OrganisationList>("/admin/organisations", { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });

/** GET /api/admin/organisations/:id — one organisation with its decisions. */
export const useAdminOrganisation = (id: string | undefined) =>
  useQuery({
    queryKey: ["admin-organisation", id],
    queryFn: ({ signal }) => api<OrganisationResponse>(`/admin/organisations/${id}`, { signal }).then((r) => r.organisation),
    enabled: !!id,
  });

/** After a decision: the organisation's new state, and every list is stale. */
function remember(qc: QueryClient, organisation: Organisation): void {
  qc.setQueryData(["admin-organisation", organisation.id], organisation);
  void qc.invalidateQueries({ queryKey: ["admin-organisations"] });
}

/** POST /api/admin/organisations/:id/verify — its members may post demands from now on (409 unless pending). */
export function useVerifyOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<OrganisationResponse>(`/admin/organisations/${id}/verify`, { method: "POST", body: {} }).then((r) => r.organisation),
    onSuccess: (o) => remember(qc, o),
  });
}

/** POST /api/admin/organisations/:id/reject {reason} — the members read the reason (3–1000 characters; 409 unless pending). */
export function useRejectOrganisation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<OrganisationResponse>(`/admin/organisations/${id}/reject`, { method: "POST", body: { reason } }).then(
        (r) => r.organisation,
      ),
    onSuccess: (o) => remember(qc, o),
  });
}
