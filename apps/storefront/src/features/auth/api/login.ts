import type { AuthResponse, LoginRequest } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { setSignedIn } from "@/shared/session/session-store";
import { onSignedIn } from "./session-cache";

/** POST /api/auth/login — the API merges the guest cart into the account and sets the refresh cookie. */
export const login = (body: LoginRequest) => api<AuthResponse>("/auth/login", { method: "POST", body, noRefresh: true });

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (auth) => {
      setSignedIn(auth);
      onSignedIn(qc);
    },
  });
}
