import type { FollowingList, FollowState } from "@chophien/contracts";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { useSession } from "@/shared/session/session-store";

const path = (slug: string) => `/stalls/${encodeURIComponent(slug)}/follow`;

/** GET /api/stalls/:slug/follow — whether I follow the stall, and how many do. */
export const getFollowState = (slug: string, signal?: AbortSignal) => api<FollowState>(path(slug), { signal });

export const followStateQuery = (slug: string) =>
  queryOptions({ queryKey: ["follow", slug], queryFn: ({ signal }) => getFollowState(slug, signal) });

/** The follow state of a stall, asked only once signed in. */
export function useFollowState(slug: string) {
  const session = useSession();
  return useQuery({ ...followStateQuery(slug), enabled: session.status === "signed-in" });
}

/** POST or DELETE /api/stalls/:slug/follow; the answer replaces the cached state and the account's list refreshes. */
export function useToggleFollow(slug: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => api<FollowState>(path(slug), { method: follow ? "POST" : "DELETE" }),
    onSuccess: (state) => {
      qc.setQueryData(followStateQuery(slug).queryKey, state);
      void qc.invalidateQueries({ queryKey: ["following"] });
    },
  });
}

/** GET /api/me/following — the stalls I follow, newest follow first. */
export const getFollowing = (page: number, signal?: AbortSignal) =>
  api<FollowingList>("/me/following", { query: { page, limit: 24 }, signal });

export const useFollowing = (page = 1) =>
  useQuery({ queryKey: ["following", page], queryFn: ({ signal }) => getFollowing(page, signal) });
