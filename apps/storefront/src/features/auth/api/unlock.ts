import type { AuthResponse, UnlockRequest } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { setSignedIn } from "@/shared/session/session-store";
import { onSignedIn } from "./session-cache";

/** POST /api/auth/unlock — signs in with the one-time link mailed while the account was under attack. */
export const unlock = (body: UnlockRequest) => api<AuthResponse>("/auth/unlock", { method: "POST", body, noRefresh: true });

export function useUnlock() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: unlock,
    onSuccess: (auth) => {
      setSignedIn(auth);
      onSignedIn(qc);
    },
  });
}
