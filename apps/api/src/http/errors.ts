import type { ErrorCode } from "@chophien/contracts";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  payment_amount_out_of_range: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
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
