import { assertDong, toWireAmount } from "../amounts";
import { callTransactionApi } from "../api-transport";
import { VNP_VERSION } from "../constants";
import type { ClientContext } from "../context";
import { formatVnpDate } from "../dates";
import { generateRequestId } from "../ids";
import { fingerprint, IdempotencyCache } from "../idempotency";
import { sanitizeOrderInfo } from "../order-info";
import type { Refund, RefundCreateParams, RefundStatus, RequestOptions } from "../types";
import { ipAddress, matching, text, vnpDate } from "../validation";

/** vnp_TransactionStatus of an accepted (00) refund → refund status; anything else counts as done. */
export function refundStatusFor(transactionStatus: string | undefined): RefundStatus {
  if (transactionStatus === "05") return "pending";
  if (transactionStatus === "02" || transactionStatus === "09") return "failed";
  return "succeeded";
}

/** `vnpay.refunds`: full (type 02) or partial (type 03) refunds through VNPay's refund API. */
export class Refunds {
  private readonly inFlight: IdempotencyCache<Promise<Refund>>;

  constructor(private readonly ctx: ClientContext) {
    this.inFlight = new IdempotencyCache(ctx.idempotencyCacheSize);
  }

  /**
   * Asks VNPay to refund `amount` đồng of a paid intent. Non-00 answers throw VNPayAPIError with the
   * gateway code (e.g. 02/93 too much, 04 full after partial, 95 not paid, 94 duplicate request).
   * With an idempotency key a repeated call shares the first call's result (even while it is still in
   * flight); a failed call is forgotten so it can be retried.
   */
  async create(params: RefundCreateParams, options: RequestOptions = {}): Promise<Refund> {
    const key = options.idempotencyKey;
    if (key === undefined) return this.send(params);
    const print = fingerprint(params);
    const existing = this.inFlight.get(key, print);
    if (existing) return existing;
    const attempt = this.send(params);
    this.inFlight.set(key, print, attempt);
    attempt.catch(() => this.inFlight.delete(key));
    return attempt;
  }

  private async send(params: RefundCreateParams): Promise<Refund> {
    const txnRef = matching(params.paymentIntent, "paymentIntent", /^[A-Za-z0-9_-]{1,100}$/, "the intent's TxnRef");
    assertDong(params.amount, "amount");
    const orderInfo = sanitizeOrderInfo(params.reason ?? `Hoan tien giao dich ${txnRef}`) || `Hoan tien giao dich ${txnRef}`;
    const request: Record<string, string> = {
      vnp_RequestId: generateRequestId(),
      vnp_Version: VNP_VERSION,
      vnp_Command: "refund",
      vnp_TmnCode: this.ctx.tmnCode,
      vnp_TransactionType: params.full === true ? "02" : "03",
      vnp_TxnRef: txnRef,
      vnp_Amount: toWireAmount(params.amount),
      vnp_TransactionNo:
        params.transactionNo === undefined ? "0" : matching(params.transactionNo, "transactionNo", /^\d{1,15}$/, "digits"),
      vnp_TransactionDate: vnpDate(params.transactionDate, "transactionDate"),
      vnp_CreateBy: text(params.createdBy, "createdBy", 250),
      vnp_CreateDate: formatVnpDate(this.ctx.now()),
      vnp_IpAddr: ipAddress(params.ipAddr ?? this.ctx.serverIpAddr, "ipAddr"),
      vnp_OrderInfo: orderInfo,
    };
    const raw = await callTransactionApi(this.ctx, "refund", request);
    return {
      id: request["vnp_RequestId"] as string,
      object: "refund",
      paymentIntent: txnRef,
      status: refundStatusFor(raw["vnp_TransactionStatus"]),
      amount: params.amount,
      responseCode: raw["vnp_ResponseCode"] as string,
      transactionNo: raw["vnp_TransactionNo"],
      transactionStatus: raw["vnp_TransactionStatus"],
      raw,
    };
  }
}
