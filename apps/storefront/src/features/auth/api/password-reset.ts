import type { AuthResponse, PasswordResetConfirm, PasswordResetRequest } from "@chophien/contracts";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { useSignInMutation } from "./use-sign-in";

/** POST /api/auth/password-reset — mails a one-time link if the address has an account (202 either way). */
export const requestPasswordReset = (body: PasswordResetRequest) =>
  api<{ ok: true }>("/auth/password-reset", { method: "POST", body, noRefresh: true });

/** POST /api/auth/password-reset/confirm — sets the new password with the link's token and signs in. */
export const confirmPasswordReset = (body: PasswordResetConfirm) =>
  api<AuthResponse>("/auth/password-reset/confirm", { method: "POST", body, noRefresh: true });

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
export const useConfirmPasswordReset = () => useSignInMutation(confirmPasswordReset);
