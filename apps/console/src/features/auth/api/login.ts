import type { AuthResponse, LoginRequest } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { setSignedIn } from "@/shared/session/session-store";

/** POST /api/auth/login — sets the refresh cookie and answers the access token and the user (with role). */
export const login = (body: LoginRequest) => api<AuthResponse>("/auth/login", { method: "POST", body, noRefresh: true });

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (auth) => {
      // Nothing cached for a previous person may show for this one.
      qc.clear();
      setSignedIn(auth);
    },
  });
}
