import type { BalanceDueList } from "@chophien/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/admin/payouts/due — stalls with a payable balance, largest first. */
export const getBalancesDue = (page: number, signal?: AbortSignal) =>
  api<BalanceDueList>("/admin/payouts/due", { query: { page, limit: 20 }, signal });

export const useBalancesDue = (page: number) =>
  useQuery({
    queryKey: ["admin-payouts", "due", page],
    queryFn: ({ signal }) => getBalancesDue(page, signal),
    placeholderData: keepPreviousData,
  });
