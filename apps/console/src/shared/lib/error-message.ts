import { ApiError } from "@chophien/web";
import type { TFunction } from "i18next";

/**
 * An API failure in the reader's language, by the contract's error code (never the server's English message).
 * `overrides` lets a screen say something more precise for a code, e.g. 409 on an order step.
 */
export function errorMessage(err: unknown, t: TFunction, overrides: Partial<Record<string, string>> = {}): string {
  if (!(err instanceof ApiError)) return t("errors.network");
  const specific = overrides[err.code];
  if (specific) return specific;
  switch (err.code) {
    case "validation_failed":
    case "bad_request":
    case "invalid_json":
      return t("errors.invalid");
    case "unauthorized":
      return t("errors.unauthorized");
    case "forbidden":
      return t("errors.forbidden");
    case "not_found":
      return t("errors.notFound");
    case "conflict":
      return t("errors.conflict");
    case "payload_too_large":
      return t("errors.tooLarge");
    case "unsupported_media_type":
      return t("errors.unsupportedType");
    case "unprocessable":
      return t("errors.unprocessable");
    case "rate_limited":
      return t("errors.rateLimited");
    case "acting_not_allowed":
      return t(`helpers.refused.${err.body.reason ?? "no_grant"}`);
    default:
      return t("errors.generic");
  }
}

/** One zod issue (from a contract schema run in the browser), as the fields below show it. */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

/** A field message for a contract-schema issue, in the reader's language. */
export function issueMessage(issue: SchemaIssue, t: TFunction): string {
  const n = (v: number | bigint | undefined) => Number(v ?? 0);
  if (issue.code === "too_small" && issue.origin === "string")
    return n(issue.minimum) <= 1 ? t("validation.required") : t("validation.minLength", { count: n(issue.minimum) });
  if (issue.code === "too_big" && issue.origin === "string") return t("validation.maxLength", { count: n(issue.maximum) });
  if (issue.code === "too_small") return t("validation.min", { min: n(issue.minimum) });
  if (issue.code === "too_big") return t("validation.max", { max: n(issue.maximum) });
  // zod says "received NaN" when a number field holds letters; nothing at all is simply missing.
  if (issue.code === "invalid_type") return issue.message.includes("NaN") ? t("validation.number") : t("validation.required");
  if (issue.code === "invalid_format" && issue.format === "regex") return t("validation.phone");
  if (issue.code === "invalid_format") return t("validation.format");
  if (issue.code === "invalid_value") return t("validation.choose");
  if (issue.path.join(".") === "compareAtPrice") return t("validation.compareAtPrice");
  return t("validation.invalid");
}
