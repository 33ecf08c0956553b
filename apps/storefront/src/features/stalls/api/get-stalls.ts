import type { StallList, StallListQuery } from "@chophien/contracts";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "@/shared/api/api-client";

export type StallPage = z.infer<typeof StallList>;
export type StallFilters = Partial<StallListQuery>;

/** GET /api/stalls — approved stalls, newest first. */
export const getStalls = (filters: StallFilters, signal?: AbortSignal) => api<StallPage>("/stalls", { query: filters, signal });

export const stallsQuery = (filters: StallFilters) =>
  queryOptions({ queryKey: ["stalls", filters], queryFn: ({ signal }) => getStalls(filters, signal) });

export const useStalls = (filters: StallFilters) => useQuery({ ...stallsQuery(filters), placeholderData: keepPreviousData });
