import type { AuthResponse, RegisterRequest } from "@chophien/contracts";
import { api } from "@/shared/api/api-client";
import { useSignInMutation } from "./use-sign-in";

/** POST /api/auth/register — a new shopper account, signed in at once, guest cart merged. */
export const register = (body: RegisterRequest) => api<AuthResponse>("/auth/register", { method: "POST", body, noRefresh: true });

export const useRegister = () => useSignInMutation(register);
