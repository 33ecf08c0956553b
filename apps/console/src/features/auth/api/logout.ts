import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { setSignedOut } from "@/shared/session/session-store";

/** POST /api/auth/logout — ends the session and clears the refresh cookie. */
export const logout = () => api<void>("/auth/logout", { method: "POST", noRefresh: true });

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Signed out here even if the request fails: a shared phone at the market must not stay signed in.
    onSettled: () => {
      setSignedOut();
      qc.clear();
    },
  });
}
