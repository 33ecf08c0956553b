import type { ErrorBody } from "@chophien/contracts";

/** The `error` object of the API's error body: `{code, message, details?, reason?, priceChange?}`. */
export type ApiErrorBody = ErrorBody["error"];

/** An API error in the contract's shape, with the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** The answer's `Retry-After` in seconds (a 429 or 503), null when it sent none. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(body.message);
    this.name = "ApiError";
  }

  /** The contract's error code (`not_found`, `conflict`…): what a UI should branch on, never the message. */
  get code(): string {
    return this.body.code;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * Reads an error body without zod, so the hot path of a front end stays free of the schema library;
 * anything that is not the contract's shape becomes `internal` with the HTTP status text.
 */
export function readErrorBody(data: unknown, statusText: string): ApiErrorBody {
  const error = isRecord(data) ? data.error : undefined;
  if (!isRecord(error) || typeof error.code !== "string" || typeof error.message !== "string")
    return { code: "internal", message: statusText || "Request failed" };
  const details = Array.isArray(error.details)
    ? error.details.filter(
        (d): d is { path: string; message: string } => isRecord(d) && typeof d.path === "string" && typeof d.message === "string",
      )
    : undefined;
  const body: ApiErrorBody = { code: error.code, message: error.message };
  if (details) body.details = details;
  if (typeof error.reason === "string") body.reason = error.reason;
  const change = error.priceChange;
  if (isRecord(change) && typeof change.grandTotal === "number" && Array.isArray(change.lines))
    body.priceChange = change as NonNullable<ApiErrorBody["priceChange"]>;
  return body;
}

/** A `Retry-After` header's seconds (the API sends delta-seconds, never a date), or null when absent or unreadable. */
export function readRetryAfter(value: string | null | undefined): number | null {
  if (!value || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}
