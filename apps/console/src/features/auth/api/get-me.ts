import type { User, UserResponse } from "@chophien/contracts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { api } from "@/shared/api/api-client";
import { setUser, useSession } from "@/shared/session/session-store";

/** GET /api/me — the signed-in user; its `role` is the truth (it changes when an admin approves a stall). */
export const getMe = (signal?: AbortSignal) => api<UserResponse>("/me", { signal }).then((r) => r.user);

export const meQuery = () => queryOptions({ queryKey: ["me"], queryFn: ({ signal }) => getMe(signal) });

/** The current user, fresh from the API once signed in; falls back to the sign-in answer meanwhile. */
export function useMe(): { user: User | null; isLoading: boolean } {
  const session = useSession();
  const me = useQuery({ ...meQuery(), enabled: session.status === "signed-in" });
  useEffect(() => {
    if (me.data) setUser(me.data);
  }, [me.data]);
  return { user: me.data ?? session.user, isLoading: session.status === "loading" };
}
