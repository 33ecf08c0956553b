import type { LedgerResponse } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/admin/stalls/:id/ledger?limit=1 — just the stall's balance: what a payout may take now. */
export const getStallBalance = (stallId: string, signal?: AbortSignal) =>
  api<LedgerResponse>(`/admin/stalls/${stallId}/ledger`, { query: { limit: 1 }, signal }).then((r) => r.balance);

export const stallBalanceQuery = (stallId: string) =>
  queryOptions({ queryKey: ["admin-stall-balance", stallId], queryFn: ({ signal }) => getStallBalance(stallId, signal) });

/** The picked stall's balance (nothing while no stall is picked). */
export const useStallBalance = (stallId: string | undefined) =>
  useQuery({ ...stallBalanceQuery(stallId ?? ""), enabled: Boolean(stallId) });
