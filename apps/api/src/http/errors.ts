import type { ErrorBody, ErrorCode } from "@chophien/contracts";

/** Fields an error may carry beside its details (see `ErrorBody`). */
export type ErrorExtra = Pick<ErrorBody["error"], "reason" | "priceChange">;

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  /** A stall insider (its owner) reviewing the stall's own product. */
  self_review: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  payment_amount_out_of_range: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  acting_not_allowed: 403,
  price_changed: 409,
};

export interface ErrorDetail {
  path: string;
  message: string;
}

/** The one error type the API throws on purpose; the error middleware turns it into `{error:{code,message,details}}`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers?: Record<string, string>,
    /** Machine-readable extras for the body: `reason`, `priceChange`. */
    readonly extra?: ErrorExtra,
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }

  static badRequest(message: string, details?: ErrorDetail[]) {
    return new AppError("bad_request", message, details);
  }
  static unauthorized(message = "Authentication required") {
    return new AppError("unauthorized", message);
  }
  static forbidden(message = "You are not allowed to do this") {
    return new AppError("forbidden", message);
  }
  static notFound(what = "Resource") {
    return new AppError("not_found", `${what} not found`);
  }
  static conflict(message: string, details?: ErrorDetail[]) {
    return new AppError("conflict", message, details);
  }
}
