import type { TraceReport } from "@chophien/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type TraceReportPage = { items: TraceReport[]; total: number; page: number; limit: number };

/** GET /api/admin/trace-reports — shoppers' problem reports about batches, newest first. */
export const useTraceReports = (page: number, limit = 20) =>
  useQuery({
    queryKey: ["admin-trace-reports", page, limit],
    queryFn: ({ signal }) => api<TraceReportPage>("/admin/trace-reports", { query: { page, limit }, signal }),
    placeholderData: keepPreviousData,
  });
