import type { PublicTrace } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/trace/:code — a batch's public story: product, stall, lot, inputs, hash-chained events, openings. */
export const getTrace = (code: string, signal?: AbortSignal) =>
  api<PublicTrace>(`/trace/${encodeURIComponent(code)}`, { signal });

export const traceQuery = (code: string) =>
  // Each fetch counts an opening (once per visitor and day on the server), so the page does not refetch on focus.
  queryOptions({ queryKey: ["trace", code.toUpperCase()], queryFn: ({ signal }) => getTrace(code, signal), staleTime: Infinity });

export const useTrace = (code: string) => useQuery(traceQuery(code));
