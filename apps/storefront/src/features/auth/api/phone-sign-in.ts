import type { AuthResponse, OtpRequest, OtpVerifyRequest } from "@chophien/contracts";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/shared/api/api-client";
import { useSignInMutation } from "./use-sign-in";

export { isVietnameseMobile } from "@/shared/lib/vn-mobile";

/** POST /api/auth/otp — texts a 6-digit code to the number (the same 202 whether it has an account or not). */
export const requestOtp = (body: OtpRequest) =>
  api<{ sent: true; expiresInSeconds: number }>("/auth/otp", { method: "POST", body, noRefresh: true });

/** POST /api/auth/otp/verify — signs in with the code, making the account on first use and claiming guest orders. */
export const verifyOtp = (body: OtpVerifyRequest) =>
  api<AuthResponse>("/auth/otp/verify", { method: "POST", body, noRefresh: true });

/** Asks for a code (again, for "resend"). */
export const useRequestOtp = () => useMutation({ mutationFn: requestOtp });

/** Signs in with the texted code; keeps the session like a password sign-in. */
export const useVerifyOtp = () => useSignInMutation(verifyOtp);
