import { fromWireAmount } from "../amounts";
import { callTransactionApi } from "../api-transport";
import { CURRENCY, VNP_VERSION } from "../constants";
import type { ClientContext } from "../context";
import { formatVnpDate } from "../dates";
import type { PaymentIntentStatus } from "../events";
import { generateRequestId } from "../ids";
import { fingerprint, IdempotencyCache } from "../idempotency";
import { sanitizeOrderInfo } from "../order-info";
import { signParams } from "../signing";
import type {
  PaymentIntent,
  PaymentIntentCreateParams,
  PaymentIntentRetrieveParams,
  RequestOptions,
  RetrievedPaymentIntent,
} from "../types";
import { ipAddress, matching, vnpDate } from "../validation";
import { buildPayRequest } from "./payment-intent-params";

/** querydr's vnp_TransactionStatus → intent status; refund states (05, 06, 09) belong to a paid intent. */
const STATUS_BY_TRANSACTION_STATUS: Readonly<Record<string, PaymentIntentStatus>> = {
  "00": "succeeded",
  "01": "requires_action",
  "02": "failed",
  "04": "processing",
  "05": "succeeded",
  "06": "succeeded",
  "07": "processing",
  "09": "succeeded",
};

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner !== null && typeof inner === "object" && !(inner instanceof Date)) deepFreeze(inner as object);
  }
  return Object.freeze(value);
}

/** `vnpay.paymentIntents`: create signed pay links and query their state (querydr). */
export class PaymentIntents {
  // Frozen because an idempotent replay hands out this very object again.
  private readonly created: IdempotencyCache<PaymentIntent>;

  constructor(private readonly ctx: ClientContext) {
    this.created = new IdempotencyCache(ctx.idempotencyCacheSize);
  }

  /** Builds a signed pay URL; the returned intent is frozen and, for a reused idempotency key, the very same object. */
  create(params: PaymentIntentCreateParams, options: RequestOptions = {}): Promise<PaymentIntent> {
    // The work is synchronous; the promise keeps the Stripe shape, and a throw inside the executor
    // becomes a rejection, so callers handle errors one way.
    return new Promise((resolve) => resolve(this.createNow(params, options)));
  }

  private createNow(params: PaymentIntentCreateParams, options: RequestOptions): PaymentIntent {
    const key = options.idempotencyKey;
    const print = key === undefined ? "" : fingerprint(params);
    const cached = key === undefined ? undefined : this.created.get(key, print);
    if (cached) return cached;

    const request = buildPayRequest(params, this.ctx.tmnCode, this.ctx.now());
    const { query } = signParams(request.params, this.ctx.hashSecret);
    const separator = this.ctx.paymentUrl.includes("?") ? "&" : "?";
    const intent = deepFreeze<PaymentIntent>({
      id: request.params["vnp_TxnRef"] as string,
      object: "payment_intent",
      status: "requires_action",
      amount: params.amount,
      currency: CURRENCY,
      orderInfo: request.orderInfo,
      createDate: request.createDate,
      expiresAt: request.expiresAt,
      nextAction: {
        type: "redirect_to_url",
        redirectToUrl: { url: `${this.ctx.paymentUrl}${separator}${query}`, returnUrl: params.returnUrl },
      },
    });
    if (key !== undefined) this.created.set(key, print, intent);
    return intent;
  }

  /** Asks VNPay (querydr) for the state of `txnRef`; throws VNPayAPIError for non-00 answers (91 = not found). */
  async retrieve(txnRef: string, params: PaymentIntentRetrieveParams): Promise<RetrievedPaymentIntent> {
    const ref = matching(txnRef, "txnRef", /^[A-Za-z0-9_-]{1,100}$/, "1-100 letters, digits, _ or -");
    const orderInfo = sanitizeOrderInfo(params.orderInfo ?? `Truy van giao dich ${ref}`) || `Truy van giao dich ${ref}`;
    const request: Record<string, string> = {
      vnp_RequestId: generateRequestId(),
      vnp_Version: VNP_VERSION,
      vnp_Command: "querydr",
      vnp_TmnCode: this.ctx.tmnCode,
      vnp_TxnRef: ref,
      vnp_OrderInfo: orderInfo,
      vnp_TransactionDate: vnpDate(params.transactionDate, "transactionDate"),
      vnp_CreateDate: formatVnpDate(this.ctx.now()),
      vnp_IpAddr: ipAddress(params.ipAddr ?? this.ctx.serverIpAddr, "ipAddr"),
    };
    const raw = await callTransactionApi(this.ctx, "querydr", request);
    const transactionStatus = raw["vnp_TransactionStatus"];
    const promotionAmount = raw["vnp_PromotionAmount"];
    return {
      id: ref,
      object: "payment_intent",
      status: STATUS_BY_TRANSACTION_STATUS[transactionStatus ?? ""] ?? "failed",
      amount: raw["vnp_Amount"] === undefined ? undefined : fromWireAmount(raw["vnp_Amount"]),
      currency: CURRENCY,
      transactionNo: raw["vnp_TransactionNo"],
      transactionType: raw["vnp_TransactionType"],
      transactionStatus,
      bankCode: raw["vnp_BankCode"] || undefined,
      payDate: raw["vnp_PayDate"] || undefined,
      orderInfo: raw["vnp_OrderInfo"],
      promotionCode: raw["vnp_PromotionCode"] || undefined,
      promotionAmount: promotionAmount ? fromWireAmount(promotionAmount) : undefined,
      raw,
    };
  }
}
