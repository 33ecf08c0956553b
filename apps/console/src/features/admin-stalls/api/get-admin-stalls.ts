import type { AdminStallListQuery, Stall } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type AdminStallFilters = Partial<AdminStallListQuery>;
export interface AdminStallPage {
  items: Stall[];
  total: number;
  page: number;
  limit: number;
}

/** GET /api/admin/stalls?status&q&page&limit — stalls with owners and decisions, oldest application first. */
export const getAdminStalls = (filters: AdminStallFilters, signal?: AbortSignal) =>
  api<AdminStallPage>("/admin/stalls", { query: filters, signal });

export const adminStallsQuery = (filters: AdminStallFilters) =>
  queryOptions({ queryKey: ["admin-stalls", filters], queryFn: ({ signal }) => getAdminStalls(filters, signal) });

export const useAdminStalls = (filters: AdminStallFilters) =>
  useQuery({ ...adminStallsQuery(filters), placeholderData: keepPreviousData });
