import type { AuthResponse, UnlockRequest } from "@chophien/contracts";
import { api } from "@/shared/api/api-client";
import { useSignInMutation } from "./use-sign-in";

/** POST /api/auth/unlock — signs in with the one-time link mailed while the account was under attack. */
export const unlock = (body: UnlockRequest) => api<AuthResponse>("/auth/unlock", { method: "POST", body, noRefresh: true });

export const useUnlock = () => useSignInMutation(unlock);
