import type { AdminPayoutQuery, PayoutList } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type AdminPayoutFilters = Partial<AdminPayoutQuery>;

/** GET /api/admin/payouts?stall — every payout recorded, newest first, optionally for one stall (slug). */
export const getAdminPayouts = (filters: AdminPayoutFilters, signal?: AbortSignal) =>
  api<PayoutList>("/admin/payouts", { query: filters, signal });

export const adminPayoutsQuery = (filters: AdminPayoutFilters) =>
  queryOptions({ queryKey: ["admin-payouts", filters], queryFn: ({ signal }) => getAdminPayouts(filters, signal) });

export const useAdminPayouts = (filters: AdminPayoutFilters) =>
  useQuery({ ...adminPayoutsQuery(filters), placeholderData: keepPreviousData });
