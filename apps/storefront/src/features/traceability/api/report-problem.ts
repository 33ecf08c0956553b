import type { CreateTraceReportRequest } from "@chophien/contracts";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** POST /api/trace/:code/reports — a shopper's "báo cáo vấn đề" (five per hour per address), to the admins' inbox. */
export const reportProblem = ({ code, ...body }: CreateTraceReportRequest & { code: string }) =>
  api<{ report: { id: string } }>(`/trace/${encodeURIComponent(code)}/reports`, { method: "POST", body }).then((r) => r.report);

export const useReportProblem = () => useMutation({ mutationFn: reportProblem });
