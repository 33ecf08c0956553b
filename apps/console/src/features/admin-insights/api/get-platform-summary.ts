import type { PlatformSummary } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/**
 * GET /api/admin/summary?days=30 — the platform over the last `days` GMT+7 days (GMV and orders per day, stall
 * applications per day) and what waits for an admin now (applications, failed refunds, hidden products).
 */
export const getPlatformSummary = (days = 30, signal?: AbortSignal) =>
  api<PlatformSummary>("/admin/summary", { query: { days }, signal });

export const platformSummaryQuery = (days = 30) =>
  queryOptions({
    queryKey: ["platform-summary", days],
    queryFn: ({ signal }) => getPlatformSummary(days, signal),
    staleTime: 60_000,
  });

export const usePlatformSummary = (days = 30) => useQuery(platformSummaryQuery(days));
