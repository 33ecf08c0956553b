import type { CURRENCY } from "./constants";
import type { PaymentIntentStatus } from "./events";

/** Language of VNPay's pay page. */
export type Locale = "vn" | "en";

/** Credentials and endpoints of one VNPay terminal. */
export interface VNPayConfig {
  /** vnp_TmnCode, the terminal (website) code VNPay issued. */
  tmnCode: string;
  /** The hash secret VNPay issued; never log it. */
  hashSecret: string;
  /** Full URL of the pay page, e.g. `https://sandbox.vnpayment.vn/paymentv2/vpcpay.html`. */
  paymentUrl: string;
  /** Full URL of the querydr/refund API, e.g. `https://sandbox.vnpayment.vn/merchant_webapi/api/transaction`. */
  apiUrl: string;
  /** Source of "now"; inject a fixed clock in tests. */
  clock?: () => Date;
  /** fetch implementation for the API calls (defaults to the global one). */
  fetch?: typeof fetch;
  /** Our server's IP, sent as vnp_IpAddr on querydr/refund unless a call overrides it. Default `127.0.0.1`. */
  serverIpAddr?: string;
  /** Per-call timeout of API requests. Default 30 000 ms. */
  timeoutMs?: number;
  /** How many idempotency keys to remember per resource (oldest evicted first). Default 1 000. */
  idempotencyCacheSize?: number;
}

/** Per-request options, as in Stripe. */
export interface RequestOptions {
  /** Same key + same params → the same result and no second effect, within this process. */
  idempotencyKey?: string;
}

/** Parameters of `paymentIntents.create`. */
export interface PaymentIntentCreateParams {
  /** In đồng, a positive integer (multiplied by 100 only on the wire). */
  amount: number;
  /** Free text; diacritics and unsafe characters are stripped, then cut to 255 characters. */
  orderInfo: string;
  /** Where VNPay sends the payer back (absolute http(s) URL, ≤ 255 characters). */
  returnUrl: string;
  /** The payer's IP address. */
  ipAddr: string;
  locale: Locale;
  /** vnp_TxnRef, unique per terminal per day; generated when absent. */
  txnRef?: string;
  /** Preselects a method (`VNPAYQR`, `VNBANK`, `INTCARD`, or a bank such as `NCB`); omit to let the payer choose. */
  bankCode?: string;
  /** vnp_OrderType; default `other`. */
  orderType?: string;
  /** Lifetime of the pay link; default 15. */
  expiresInMinutes?: number;
}

/** A created intent: redirect the payer to `nextAction.redirectToUrl.url`. */
export interface PaymentIntent {
  /** The vnp_TxnRef. */
  readonly id: string;
  readonly object: "payment_intent";
  readonly status: "requires_action";
  /** In đồng. */
  readonly amount: number;
  readonly currency: typeof CURRENCY;
  /** The sanitized vnp_OrderInfo actually sent. */
  readonly orderInfo: string;
  /** vnp_CreateDate (`yyyyMMddHHmmss`, GMT+7); keep it, querydr and refund need it as `transactionDate`. */
  readonly createDate: string;
  /** When the pay link stops working (vnp_ExpireDate). */
  readonly expiresAt: Date;
  readonly nextAction: {
    readonly type: "redirect_to_url";
    readonly redirectToUrl: { readonly url: string; readonly returnUrl: string };
  };
}

/** Parameters of `paymentIntents.retrieve` (querydr). */
export interface PaymentIntentRetrieveParams {
  /** The intent's `createDate` (`yyyyMMddHHmmss` GMT+7), or the Date it stands for. */
  transactionDate: string | Date;
  /** vnp_OrderInfo of the query; default `Truy van giao dich <txnRef>`. */
  orderInfo?: string;
  /** Overrides the configured server IP. */
  ipAddr?: string;
}

/** The gateway's view of an intent, from querydr. */
export interface RetrievedPaymentIntent {
  /** The vnp_TxnRef. */
  id: string;
  object: "payment_intent";
  /** Derived from vnp_TransactionStatus (00 succeeded, 01 requires_action, 02 failed, 04/07 processing, 05/06/09 succeeded: refund states of a paid intent). */
  status: PaymentIntentStatus;
  /** In đồng. */
  amount: number | undefined;
  currency: typeof CURRENCY;
  transactionNo: string | undefined;
  transactionType: string | undefined;
  transactionStatus: string | undefined;
  bankCode: string | undefined;
  /** `yyyyMMddHHmmss`, GMT+7. */
  payDate: string | undefined;
  orderInfo: string | undefined;
  promotionCode: string | undefined;
  /** In đồng. */
  promotionAmount: number | undefined;
  /** The verified gateway answer, for audit logs. */
  raw: Readonly<Record<string, string>>;
}

/** Parameters of `refunds.create`. */
export interface RefundCreateParams {
  /** vnp_TxnRef of the paid intent. */
  paymentIntent: string;
  /** In đồng. */
  amount: number;
  /** The intent's `createDate` (`yyyyMMddHHmmss` GMT+7), or the Date it stands for. */
  transactionDate: string | Date;
  /** vnp_CreateBy: who asked for the refund (user name or id). */
  createdBy: string;
  /** vnp_OrderInfo; sanitized like `orderInfo`. Default `Hoan tien giao dich <txnRef>`. */
  reason?: string;
  /** VNPay's transaction number of the payment; `"0"` when unknown. */
  transactionNo?: string;
  /** true → full refund (type 02); false or absent → partial (type 03). */
  full?: boolean;
  /** Overrides the configured server IP. */
  ipAddr?: string;
}

/** `pending` = VNPay accepted the refund and is still processing it (status 05). */
export type RefundStatus = "succeeded" | "failed" | "pending";

/** The result of an accepted refund request (a non-00 answer throws VNPayAPIError instead). */
export interface Refund {
  /** The vnp_RequestId we sent; quote it when reconciling with VNPay. */
  id: string;
  object: "refund";
  /** vnp_TxnRef of the refunded intent. */
  paymentIntent: string;
  status: RefundStatus;
  /** In đồng, as requested. */
  amount: number;
  responseCode: string;
  transactionNo: string | undefined;
  transactionStatus: string | undefined;
  /** The verified gateway answer, for audit logs. */
  raw: Readonly<Record<string, string>>;
}
