import type { AuthResponse, RegisterRequest } from "@chophien/contracts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { setSignedIn } from "@/shared/session/session-store";
import { onSignedIn } from "./session-cache";

/** POST /api/auth/register — a new shopper account, signed in at once, guest cart merged. */
export const register = (body: RegisterRequest) => api<AuthResponse>("/auth/register", { method: "POST", body, noRefresh: true });

export function useRegister() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (auth) => {
      setSignedIn(auth);
      onSignedIn(qc);
    },
  });
}
