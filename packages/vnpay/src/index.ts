// Public surface of @chophien/vnpay. The sandbox lives at @chophien/vnpay/sandbox.
export { VNPay } from "./client";
export * from "./errors";
export type * from "./types";
export type {
  CancellationReason,
  LastPaymentError,
  PaymentIntentEvent,
  PaymentIntentEventType,
  PaymentIntentStatus,
  PaymentOutcome,
  PaymentResult,
} from "./events";
export { outcomeFor } from "./events";
export type { QueryInput } from "./query-params";
export type { VerifiedReturn } from "./resources/returns";
export { ipnResponse, ipnResponses, type IpnResponse, type IpnRspCode } from "./ipn-responses";
export { buildSignData, hmacSha512, safeEqualHex, signParams, verifyParams, type SignedQuery } from "./signing";
export { formatVnpDate, parseVnpDate } from "./dates";
export { sanitizeOrderInfo } from "./order-info";
export { describePayResponseCode, PAY_RESPONSE_CODES, type BilingualText } from "./response-codes";
export { CURRENCY, VNP_VERSION } from "./constants";
