import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Payment as PaymentDto } from "@chophien/contracts";
import { type IpnResponse, ipnResponses, VNPayError, VNPaySignatureVerificationError, type VNPay } from "@chophien/vnpay";
import type { Logger } from "pino";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { enqueueNotification } from "../notifications/outbox";
import type { PaymentStarter } from "../orders/checkout.service";
import { Order } from "../orders/order.entity";
import type { OrdersService } from "../orders/orders.service";
import { StallOrder } from "../orders/stall-order.entity";
import { Payment } from "./payment.entity";
import { Refund } from "./refund.entity";
import { queueRefundFor } from "./refunds";

const PAYMENT_MINUTES = 15;

/** The facts of a settled payment, from an IPN or a querydr answer. */
interface Settlement {
  outcome: "succeeded" | "processing" | "failed" | "canceled";
  amount: number | undefined;
  transactionNo?: string | undefined;
  bankCode?: string | undefined;
  payDate?: string | undefined;
  responseCode?: string | undefined;
  raw: Record<string, string>;
}

/** VNPay payments: start at checkout, settle from the IPN (or reconciliation), expire, refund. */
export class PaymentsService implements PaymentStarter {
  constructor(
    private readonly deps: { ds: DataSource; vnpay: VNPay; returnUrl: string; orders: OrdersService; clock: Clock; log: Logger },
  ) {}

  /** Creates the VNPay payment (15 minutes) for an order inside the checkout transaction. */
  async startVnpay(m: EntityManager, order: Order, ctx: { ipAddr: string }): Promise<PaymentDto> {
    const attempt = await m.count(Payment, { where: { orderId: order.id } });
    const txnRef = order.code.replace(/-/g, "") + (attempt ? `R${attempt}` : "");
    const intent = await this.deps.vnpay.paymentIntents.create({
      amount: order.grandTotal,
      orderInfo: `Thanh toan don hang ${order.code}`,
      returnUrl: this.deps.returnUrl,
      ipAddr: normaliseIp(ctx.ipAddr),
      locale: "vn",
      txnRef,
      expiresInMinutes: PAYMENT_MINUTES,
    });
    await m.insert(Payment, {
      orderId: order.id,
      provider: "vnpay",
      txnRef,
      amount: order.grandTotal,
      status: "pending",
      createDate: intent.createDate,
      expiresAt: intent.expiresAt,
      transactionNo: null,
      bankCode: null,
      payDate: null,
      responseCode: null,
      raw: null,
      paidAt: null,
    });
    return { method: "vnpay", status: "pending", amount: order.grandTotal, redirectUrl: intent.nextAction.redirectToUrl.url };
  }

  /**
   * GET /api/payments/vnpay/ipn, in the spec's order: 97 bad signature, 01 unknown TxnRef, 04 wrong amount,
   * 02 already confirmed, 00 applied (in one transaction), 99 anything unexpected. Duplicates change nothing.
   */
  async handleIpn(query: Record<string, unknown>): Promise<IpnResponse> {
    let event;
    try {
      event = this.deps.vnpay.webhooks.constructEvent(query);
    } catch (err) {
      if (err instanceof VNPaySignatureVerificationError) return ipnResponses.invalidSignature();
      this.deps.log.warn({ err }, "unusable VNPay IPN");
      return ipnResponses.unknownError();
    }
    const intent = event.data.object;
    try {
      const reply = await this.deps.ds.transaction(async (m) => {
        const payment = await m.findOne(Payment, { where: { txnRef: intent.id }, lock: { mode: "pessimistic_write" } });
        if (!payment) return ipnResponses.orderNotFound();
        if (intent.amount !== payment.amount) return ipnResponses.invalidAmount();
        const late = payment.status === "expired" && intent.status === "succeeded";
        if (payment.status !== "pending" && payment.status !== "processing" && !late) return ipnResponses.alreadyConfirmed();
        await this.settle(m, payment, {
          outcome:
            intent.status === "succeeded"
              ? "succeeded"
              : intent.status === "processing"
                ? "processing"
                : intent.status === "canceled"
                  ? "canceled"
                  : "failed",
          amount: intent.amount,
          transactionNo: intent.transactionNo,
          bankCode: intent.bankCode,
          payDate: intent.payDate,
          responseCode: intent.responseCode,
          raw: vnpParams(query),
        });
        return ipnResponses.success();
      });
      void this.flushRefunds();
      return reply;
    } catch (err) {
      this.deps.log.error({ err, txnRef: intent.id }, "VNPay IPN failed");
      return ipnResponses.unknownError();
    }
  }

  /** GET /api/payments/vnpay/return: verifies and says where to send the browser; changes nothing. */
  async returnTarget(query: Record<string, unknown>): Promise<string> {
    try {
      const { paymentIntent } = this.deps.vnpay.returns.verify(query);
      const payment = await this.deps.ds
        .getRepository(Payment)
        .findOne({ where: { txnRef: paymentIntent.id }, relations: { order: true } });
      if (!payment?.order) return "/";
      return `/don-hang/${payment.order.code}/ket-qua?vnp=${encodeURIComponent(paymentIntent.status)}`;
    } catch (err) {
      if (err instanceof VNPayError) return "/?payment=unverified";
      throw err;
    }
  }

  /**
   * The reconciliation job: pending payments past their expiry are checked with querydr first; those paid
   * after all are settled as paid, the rest expire and their stall orders are cancelled (stock returns).
   */
  async expireOverdue(limit = 50): Promise<number> {
    const due = await this.deps.ds.getRepository(Payment).find({
      where: { status: In(["pending"]) },
      order: { expiresAt: "ASC" },
      take: limit,
    });
    let handled = 0;
    for (const p of due.filter((d) => d.expiresAt.getTime() <= this.deps.clock.now().getTime())) {
      let remote: Settlement | undefined;
      try {
        const r = await this.deps.vnpay.paymentIntents.retrieve(p.txnRef, { transactionDate: p.createDate });
        if (r.status === "succeeded" || r.status === "processing")
          remote = {
            outcome: r.status,
            amount: r.amount,
            transactionNo: r.transactionNo,
            bankCode: r.bankCode,
            payDate: r.payDate,
            raw: { ...r.raw },
          };
      } catch (err) {
        // 91 = VNPay never saw the payment (the buyer never opened the pay page): it simply expires.
        if (!(err instanceof VNPayError && err.code === "91")) {
          this.deps.log.warn({ err, txnRef: p.txnRef }, "querydr failed; will retry");
          continue;
        }
      }
      await this.deps.ds.transaction(async (m) => {
        const payment = await m.findOne(Payment, { where: { id: p.id }, lock: { mode: "pessimistic_write" } });
        if (payment?.status !== "pending") return;
        if (remote && remote.amount === payment.amount) await this.settle(m, payment, remote);
        else await this.expire(m, payment);
      });
      handled++;
    }
    return handled;
  }

  /** Sends queued refunds to the gateway; failures stay `failed` for the retry job and the admins. */
  async flushRefunds(ids?: string[]): Promise<void> {
    const refunds = await this.deps.ds.getRepository(Refund).find({
      where: ids ? { id: In(ids) } : { status: In(["pending", "failed"]) },
      relations: { payment: true },
      order: { createdAt: "ASC" },
      take: 50,
    });
    for (const r of refunds) await this.sendRefund(r.id);
  }

  /** Retries one refund now (admins). */
  async retryRefund(id: string): Promise<Refund> {
    const r = await this.deps.ds.getRepository(Refund).findOne({ where: { id } });
    if (!r) throw AppError.notFound("Refund");
    if (r.status === "succeeded") throw AppError.conflict("This refund has already succeeded");
    await this.sendRefund(id);
    return this.deps.ds.getRepository(Refund).findOneOrFail({ where: { id } });
  }

  private async sendRefund(id: string): Promise<void> {
    const { ds, vnpay, log } = this.deps;
    // Claim it first so two workers never send the same refund.
    const claimed = await ds.transaction(async (m) => {
      const r = await m.findOne(Refund, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!r || r.status === "succeeded") return undefined;
      await m.update(Refund, { id }, { attempts: r.attempts + 1 });
      return { ...r, payment: await m.findOneOrFail(Payment, { where: { id: r.paymentId } }) };
    });
    if (!claimed?.payment) return;
    try {
      const answer = await vnpay.refunds.create(
        {
          paymentIntent: claimed.payment.txnRef,
          amount: claimed.amount,
          transactionDate: claimed.payment.createDate,
          createdBy: "chophien",
          transactionNo: claimed.payment.transactionNo ?? "0",
          full: claimed.transactionType === "02",
        },
        { idempotencyKey: `refund:${claimed.id}` },
      );
      await ds.transaction(async (m) => {
        await m.update(
          Refund,
          { id },
          {
            status: answer.status === "failed" ? "failed" : "succeeded",
            responseCode: answer.responseCode,
            raw: { ...answer.raw },
            lastError: null,
          },
        );
        await this.rederivePaymentStatus(m, claimed.payment.orderId);
      });
    } catch (err) {
      const e = err as VNPayError;
      log.warn({ err, refund: id }, "refund failed; will retry");
      await ds
        .getRepository(Refund)
        .update({ id }, { status: "failed", responseCode: e.code?.slice(0, 4) ?? null, lastError: e.message.slice(0, 500) });
    }
  }

  private async settle(m: EntityManager, payment: Payment, s: Settlement): Promise<void> {
    const details = {
      transactionNo: s.transactionNo ?? null,
      bankCode: s.bankCode ?? null,
      payDate: s.payDate ?? null,
      responseCode: s.responseCode ?? null,
      raw: s.raw,
    };
    if (s.outcome === "processing") {
      // VNPay took the money but reviews it (07): keep the stock, wait for the final answer.
      await m.update(Payment, { id: payment.id }, { ...details, status: "processing" });
      return;
    }
    if (s.outcome !== "succeeded") {
      await m.update(Payment, { id: payment.id }, { ...details, status: s.outcome === "canceled" ? "cancelled" : "failed" });
      await this.cancelParts(
        m,
        payment.orderId,
        s.outcome === "canceled" ? "Người mua đã huỷ thanh toán" : `Thanh toán thất bại (${s.responseCode ?? "?"})`,
      );
      await m.update(Order, { id: payment.orderId }, { paymentStatus: "failed" });
      return;
    }
    await m.update(Payment, { id: payment.id }, { ...details, status: "paid", paidAt: this.deps.clock.now() });
    await m.update(Order, { id: payment.orderId }, { paymentStatus: "paid" });
    const parts = await m.find(StallOrder, { where: { orderId: payment.orderId }, order: { id: "ASC" } });
    if (payment.status === "expired") {
      await m.query("SAVEPOINT revive");
      try {
        for (const p of parts)
          await this.deps.orders.transition(m, p.id, {
            actor: "system",
            actorId: null,
            action: "revive",
            note: "Thanh toán VNPay đến sau khi đơn hết hạn",
          });
      } catch (err) {
        if (!(err instanceof AppError && err.code === "conflict")) throw err;
        // The stock is gone: keep the order cancelled and give the money back.
        await m.query("ROLLBACK TO SAVEPOINT revive");
        for (const p of parts) await queueRefundFor(m, p);
        return;
      }
    } else {
      for (const p of parts.filter((x) => x.status === "awaiting_payment"))
        await this.deps.orders.transition(m, p.id, {
          actor: "system",
          actorId: null,
          action: "pay",
          note: `VNPay ${s.transactionNo ?? ""}`.trim(),
        });
    }
    await enqueueNotification(m, "order.placed", { orderId: payment.orderId });
  }

  private async expire(m: EntityManager, payment: Payment): Promise<void> {
    await m.update(Payment, { id: payment.id }, { status: "expired" });
    await this.cancelParts(m, payment.orderId, "Hết hạn thanh toán");
    await m.update(Order, { id: payment.orderId }, { paymentStatus: "failed" });
  }

  private async cancelParts(m: EntityManager, orderId: string, note: string): Promise<void> {
    const parts = await m.find(StallOrder, { where: { orderId }, order: { id: "ASC" } });
    for (const p of parts.filter((x) => x.status === "awaiting_payment" || x.status === "placed"))
      await this.deps.orders.transition(m, p.id, { actor: "system", actorId: null, action: "cancel", note });
  }

  private async rederivePaymentStatus(m: EntityManager, orderId: string): Promise<void> {
    const [row] = await m.query<{ paid: string; refunded: string }[]>(
      `SELECT coalesce(sum(p.amount), 0) AS paid, coalesce((SELECT sum(r.amount) FROM refund r JOIN payment p2 ON p2.id = r.payment_id WHERE p2.order_id = $1 AND r.status = 'succeeded'), 0) AS refunded
         FROM payment p WHERE p.order_id = $1 AND p.status = 'paid'`,
      [orderId],
    );
    const paid = Number(row?.paid ?? 0);
    const refunded = Number(row?.refunded ?? 0);
    if (refunded > 0)
      await m.update(Order, { id: orderId }, { paymentStatus: refunded >= paid ? "refunded" : "partially_refunded" });
  }
}

/** The `vnp_*` parameters of a callback, as received (kept for audits). */
function vnpParams(query: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((e): e is [string, string] => e[0].startsWith("vnp_") && typeof e[1] === "string"),
  );
}

/** VNPay wants a plain IPv4/IPv6 address; Node reports IPv4 clients as `::ffff:1.2.3.4`. */
function normaliseIp(ip: string): string {
  return ip.replace(/^::ffff:/, "") || "127.0.0.1";
}
