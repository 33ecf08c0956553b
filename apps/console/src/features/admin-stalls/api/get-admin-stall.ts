import type { Stall, StallResponse } from "@chophien/contracts";
import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/admin/stalls/:id — one stall with everything an admin needs to decide. */
export const getAdminStall = (id: string, signal?: AbortSignal) =>
  api<StallResponse>(`/admin/stalls/${id}`, { signal }).then((r) => r.stall);

export const adminStallQuery = (id: string) =>
  queryOptions({ queryKey: ["admin-stall", id], queryFn: ({ signal }) => getAdminStall(id, signal) });

export const useAdminStall = (id: string | undefined) => useQuery({ ...adminStallQuery(id ?? ""), enabled: Boolean(id) });

/** After a decision or a commission change: the stall's new state, and every list is stale. */
export function rememberAdminStall(qc: QueryClient, stall: Stall): void {
  qc.setQueryData(["admin-stall", stall.id], stall);
  void qc.invalidateQueries({ queryKey: ["admin-stalls"] });
  void qc.invalidateQueries({ queryKey: ["platform-summary"] });
}
