import { fromWireAmount } from "./amounts";
import { CURRENCY } from "./constants";
import { parseVnpDate } from "./dates";
import { VNPayInvalidRequestError } from "./errors";
import { describePayResponseCode } from "./response-codes";

/** Events a verified return URL or IPN turns into. */
export type PaymentIntentEventType =
  "payment_intent.succeeded" | "payment_intent.payment_failed" | "payment_intent.canceled" | "payment_intent.processing";

/**
 * Lifecycle of one PaymentIntent (= one vnp_TxnRef). Unlike Stripe there is no
 * `requires_payment_method`: VNPay never lets a TxnRef be paid again, so `failed` is terminal and a
 * retry needs a new intent.
 */
export type PaymentIntentStatus = "requires_action" | "processing" | "succeeded" | "canceled" | "failed";

/** Why an intent ended `canceled`: the payer pressed cancel (24) or let it time out (11). */
export type CancellationReason = "requested_by_customer" | "expired";

/** Set on a failed attempt; `code` is the pay response code prefixed with `vnp_` (e.g. `vnp_51`). */
export interface LastPaymentError {
  code: `vnp_${string}`;
  /** English explanation of the code, for logs; show payers your own wording. */
  message: string;
}

/** The payment outcome carried by a verified return URL or IPN. */
export interface PaymentResult {
  /** The vnp_TxnRef. */
  id: string;
  object: "payment_intent";
  /** In đồng (vnp_Amount / 100, computed after the signature check). */
  amount: number;
  currency: typeof CURRENCY;
  status: PaymentIntentStatus;
  tmnCode: string;
  /** VNPay's transaction number; `"0"` when the attempt failed. */
  transactionNo: string;
  bankCode: string | undefined;
  /** Bank-side reference; absent on failure. */
  bankTranNo: string | undefined;
  /** `ATM` or `QRCODE`. */
  cardType: string | undefined;
  /** `yyyyMMddHHmmss`, GMT+7. */
  payDate: string | undefined;
  responseCode: string;
  transactionStatus: string;
  orderInfo: string;
  cancellationReason?: CancellationReason;
  lastPaymentError?: LastPaymentError;
}

/** A Stripe-shaped event built from a verified return URL or IPN. */
export interface PaymentIntentEvent {
  /**
   * Derived from the signature, so the same IPN delivered twice yields the same id: store it (or
   * check the order state) to make sure a duplicate IPN has no second effect.
   */
  id: string;
  object: "event";
  type: PaymentIntentEventType;
  /** Unix seconds of vnp_PayDate (or of verification time when it is absent). */
  created: number;
  data: { object: PaymentResult };
}

/** Event type, intent status and error details implied by a pay response code and transaction status. */
export interface PaymentOutcome {
  type: PaymentIntentEventType;
  status: PaymentIntentStatus;
  cancellationReason?: CancellationReason;
  lastPaymentError?: LastPaymentError;
}

/** The spec's mapping: 00+00 succeeded, 24 canceled by payer, 11 canceled (expired), 07 processing, else failed. */
export function outcomeFor(responseCode: string, transactionStatus: string): PaymentOutcome {
  if (responseCode === "00" && transactionStatus === "00") return { type: "payment_intent.succeeded", status: "succeeded" };
  if (responseCode === "24") {
    return { type: "payment_intent.canceled", status: "canceled", cancellationReason: "requested_by_customer" };
  }
  if (responseCode === "11") return { type: "payment_intent.canceled", status: "canceled", cancellationReason: "expired" };
  if (responseCode === "07") return { type: "payment_intent.processing", status: "processing" };
  // "00" with a non-00 status means the gateway did not complete it; name the status so logs say why.
  const incomplete = responseCode === "00";
  return {
    type: "payment_intent.payment_failed",
    status: "failed",
    lastPaymentError: incomplete
      ? {
          code: `vnp_status_${transactionStatus || "missing"}`,
          message: `Gateway answered 00 but transaction status is ${transactionStatus || "missing"}`,
        }
      : { code: `vnp_${responseCode}`, message: describePayResponseCode(responseCode).en },
  };
}

function required(params: Readonly<Record<string, string>>, key: string): string {
  const value = params[key];
  if (value === undefined || value === "") {
    throw new VNPayInvalidRequestError({ message: `Signed VNPay params lack ${key}`, code: "parameter_missing", param: key });
  }
  return value;
}

/** Builds the event for already-verified `vnp_*` params; throws VNPayInvalidRequestError on missing fields. */
export function eventFromVerifiedParams(
  params: Readonly<Record<string, string>>,
  secureHash: string,
  now: Date,
): PaymentIntentEvent {
  const wireAmount = required(params, "vnp_Amount");
  const amount = fromWireAmount(wireAmount);
  if (amount === undefined) {
    throw new VNPayInvalidRequestError({
      message: `vnp_Amount ${wireAmount} is not a whole number of đồng × 100`,
      code: "amount_invalid",
      param: "vnp_Amount",
    });
  }
  const responseCode = required(params, "vnp_ResponseCode");
  const transactionStatus = params["vnp_TransactionStatus"] ?? "";
  const outcome = outcomeFor(responseCode, transactionStatus);
  const payDate = params["vnp_PayDate"];
  const paidAt = payDate === undefined ? undefined : parseVnpDate(payDate);
  const object: PaymentResult = {
    id: required(params, "vnp_TxnRef"),
    object: "payment_intent",
    amount,
    currency: CURRENCY,
    status: outcome.status,
    tmnCode: required(params, "vnp_TmnCode"),
    transactionNo: params["vnp_TransactionNo"] ?? "0",
    bankCode: params["vnp_BankCode"],
    bankTranNo: params["vnp_BankTranNo"],
    cardType: params["vnp_CardType"],
    payDate,
    responseCode,
    transactionStatus,
    orderInfo: params["vnp_OrderInfo"] ?? "",
    ...(outcome.cancellationReason && { cancellationReason: outcome.cancellationReason }),
    ...(outcome.lastPaymentError && { lastPaymentError: outcome.lastPaymentError }),
  };
  return {
    id: `evt_${secureHash.toLowerCase().slice(0, 32)}`,
    object: "event",
    type: outcome.type,
    created: Math.floor((paidAt ?? now).getTime() / 1000),
    data: { object },
  };
}
