import { ApiError } from "@chophien/web";
import type { TFunction } from "i18next";

/** The API's answer to a sign-in or sign-up in the shopper's language (never the server's English message). */
export function authErrorMessage(err: unknown, t: TFunction): string {
  if (!(err instanceof ApiError)) return t("auth.errors.network");
  if (err.code === "invalid_credentials" || err.status === 401) return t("auth.errors.invalidCredentials");
  if (err.code === "conflict") return t("auth.errors.emailTaken");
  if (err.code === "rate_limited") return t("auth.errors.rateLimited");
  if (err.code === "validation_failed")
    return (err.body.details ?? []).some((d) => d.path === "body.password")
      ? t("auth.errors.passwordRejected")
      : t("auth.errors.invalid");
  return t("auth.errors.generic");
}

/** Fields the server rejected (`body.email` → `email`), to mark them beside the form's own checks. */
export function serverFieldErrors(err: unknown): Set<string> {
  if (!(err instanceof ApiError) || err.code !== "validation_failed") return new Set();
  return new Set((err.body.details ?? []).map((d) => d.path.replace(/^body\./, "")));
}
