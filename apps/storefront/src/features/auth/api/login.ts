import type { AuthResponse, LoginRequest } from "@chophien/contracts";
import { api } from "@/shared/api/api-client";
import { useSignInMutation } from "./use-sign-in";

/** POST /api/auth/login — the API merges the guest cart into the account and sets the refresh cookie. */
export const login = (body: LoginRequest) => api<AuthResponse>("/auth/login", { method: "POST", body, noRefresh: true });

export const useLogin = () => useSignInMutation(login);
