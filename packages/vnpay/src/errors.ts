/** Discriminator shared by every error this package throws, in the Stripe style. */
export type VNPayErrorType = "signature_verification_error" | "invalid_request_error" | "api_error" | "connection_error";

/** Constructor arguments common to all VNPay errors. */
export interface VNPayErrorInit {
  message: string;
  /** Machine-readable reason, e.g. `"amount_invalid"` or a gateway code such as `"91"`. */
  code?: string;
  /** HTTP status of the gateway answer, when there was one. */
  statusCode?: number;
  /** The offending payload (gateway JSON, query params) for logging; never show it to payers. */
  raw?: unknown;
  /** Name of the offending parameter for invalid requests. */
  param?: string;
  cause?: unknown;
}

/** Base class: catch this to handle anything the SDK throws. */
export class VNPayError extends Error {
  readonly type: VNPayErrorType;
  readonly code: string | undefined;
  readonly statusCode: number | undefined;
  readonly raw: unknown;
  readonly param: string | undefined;

  constructor(type: VNPayErrorType, init: VNPayErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.type = type;
    this.code = init.code;
    this.statusCode = init.statusCode;
    this.raw = init.raw;
    this.param = init.param;
  }
}

/** The vnp_SecureHash of a return URL, IPN or API answer is missing or does not match: treat the data as forged. */
export class VNPaySignatureVerificationError extends VNPayError {
  constructor(init: VNPayErrorInit) {
    super("signature_verification_error", { code: "signature_invalid", ...init });
  }
}

/** Our own parameters were rejected before anything was sent (bad amount, missing field, reused idempotency key). */
export class VNPayInvalidRequestError extends VNPayError {
  constructor(init: VNPayErrorInit) {
    super("invalid_request_error", init);
  }
}

/** The gateway answered, but not with `00` (the gateway code is in `code`) or not with valid JSON. */
export class VNPayAPIError extends VNPayError {
  constructor(init: VNPayErrorInit) {
    super("api_error", init);
  }
}

/** The gateway could not be reached or did not answer in time; the outcome of the call is unknown. */
export class VNPayConnectionError extends VNPayError {
  constructor(init: VNPayErrorInit) {
    super("connection_error", { code: "connection_failed", ...init });
  }
}
