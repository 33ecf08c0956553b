import type { Stall, StallResponse } from "@chophien/contracts";
import { ApiError } from "@chophien/web";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";

/** GET /api/me/stall — the user's stall with status, reason and decisions; null when they have not applied. */
export const getMyStall = (signal?: AbortSignal): Promise<Stall | null> =>
  api<StallResponse>("/me/stall", { signal }).then(
    (r) => r.stall,
    (err: unknown) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    },
  );

export const myStallQuery = () => queryOptions({ queryKey: ["my-stall"], queryFn: ({ signal }) => getMyStall(signal) });

/** The user's stall; while pending, it is checked again every minute so an approval shows without a reload. */
export const useMyStall = () =>
  useQuery({ ...myStallQuery(), refetchInterval: (q) => (q.state.data?.status === "pending" ? 60_000 : false) });
