import type { PublicStallResponse } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

export type PublicStallPage = PublicStallResponse["stall"];

/** GET /api/stalls/:slug — the stall's profile and story (with its newest products). */
export const getStall = (slug: string, signal?: AbortSignal) =>
  api<PublicStallResponse>(`/stalls/${encodeURIComponent(slug)}`, { signal }).then((r) => r.stall);

export const stallQuery = (slug: string) =>
  queryOptions({ queryKey: ["stall", slug], queryFn: ({ signal }) => getStall(slug, signal) });

export const useStall = (slug: string) => useQuery(stallQuery(slug));
