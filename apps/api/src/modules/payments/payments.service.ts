import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import type { Payment as PaymentDto } from "@chophien/contracts";
import QRCode from "qrcode";
import {
  type IpnResponse,
  formatVnpDate,
  ipnResponses,
  VNPayError,
  VNPaySignatureVerificationError,
  type VNPay,
} from "@chophien/vnpay";
import type { Logger } from "pino";
import { AppError } from "../../http/errors";
import type { Clock } from "../../lib/clock";
import { enqueueNotification, enqueueRefundNotice } from "../notifications/outbox";
import type { PaymentStarter } from "../orders/checkout.service";
import { Order } from "../orders/order.entity";
import type { OrdersService } from "../orders/orders.service";
import { StallOrder } from "../orders/stall-order.entity";
import { Payment } from "./payment.entity";
import { BankNotification, verifyBankSignature } from "./bank-notifications";
import { BankTransfer } from "./bank-transfer.entity";
import { Refund } from "./refund.entity";
import { transferNote, vietQrPayload, noteIn } from "./vietqr";
import { queueDuplicateRefund, queueRefundFor } from "./refunds";

const PAYMENT_MINUTES = 15;
/** A bank transfer is typed or scanned in another app: the order waits a little longer than for VNPay. */
export const BANK_TRANSFER_MINUTES = 30;

/** The market's account for VietQR transfers and the secret its bank notifications are signed with. */
export interface BankAccount {
  bankBin: string;
  accountNo: string;
  accountName: string;
  webhookSecret: string;
  /** The local test bank's page, outside production. */
  sandboxUrl?: string | undefined;
}

export type BankWebhookResult = { result: "matched" | "unmatched" | "duplicate"; transferId?: string };

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
    private readonly deps: {
      ds: DataSource;
      vnpay: VNPay;
      returnUrl: string;
      orders: OrdersService;
      clock: Clock;
      log: Logger;
      bank: BankAccount;
    },
  ) {}

  /** Creates the bank-transfer payment for an order inside the checkout transaction: its note is the TxnRef. */
  async startBankTransfer(m: EntityManager, order: Order): Promise<PaymentDto> {
    const now = this.deps.clock.now();
    const payment = {
      orderId: order.id,
      provider: "bank" as const,
      txnRef: transferNote(order.code),
      amount: order.grandTotal,
      status: "pending" as const,
      createDate: formatVnpDate(now),
      expiresAt: new Date(now.getTime() + BANK_TRANSFER_MINUTES * 60_000),
      transactionNo: null,
      bankCode: this.deps.bank.bankBin,
      payDate: null,
      responseCode: null,
      raw: null,
      paidAt: null,
    };
    await m.insert(Payment, payment);
    return {
      method: "bank_transfer",
      status: "pending",
      amount: order.grandTotal,
      redirectUrl: null,
      vietqr: await this.vietQr(payment),
    };
  }

  /** The VietQR details of a bank-transfer payment (what the shopper scans or types). */
  async vietQr(p: Pick<Payment, "txnRef" | "amount" | "expiresAt">): Promise<NonNullable<PaymentDto["vietqr"]>> {
    const { bankBin, accountNo, accountName } = this.deps.bank;
    const payload = vietQrPayload({ bankBin, accountNo, amount: p.amount, note: p.txnRef });
    return {
      payload,
      imageUrl: await QRCode.toDataURL(payload, { errorCorrectionLevel: "M", margin: 2, width: 320 }),
      bankBin,
      accountNo,
      accountName,
      amount: p.amount,
      note: p.txnRef,
      expiresAt: p.expiresAt.toISOString(),
      ...(this.deps.bank.sandboxUrl && {
        sandboxUrl: `${this.deps.bank.sandboxUrl}?amount=${p.amount}&note=${encodeURIComponent(p.txnRef)}`,
      }),
    };
  }

  /** The pending bank-transfer payment of an order, with its VietQR details (the VietQR page reloaded). */
  async bankPaymentOf(orderId: string): Promise<PaymentDto | undefined> {
    const p = await this.deps.ds
      .getRepository(Payment)
      .findOne({ where: { orderId, provider: "bank" }, order: { createdAt: "DESC" } });
    if (!p) return undefined;
    const status = p.status === "paid" ? "paid" : p.status === "pending" ? "pending" : "failed";
    return { method: "bank_transfer", status, amount: p.amount, redirectUrl: null, vietqr: await this.vietQr(p) };
  }

  /**
   * POST /api/payments/bank/webhook. 401 unless `X-Signature` is the HMAC of the raw body. Each bank transaction
   * id is kept once (the unique index makes concurrent duplicates wait, then do nothing); a transfer whose note
   * names a pending (or expired) bank payment with exactly its amount settles it, in the same transaction;
   * anything else is kept `unmatched` for an admin and never pays an order by itself.
   */
  async handleBankWebhook(raw: Buffer, signature: string | undefined): Promise<BankWebhookResult> {
    if (!verifyBankSignature(raw, signature, this.deps.bank.webhookSecret))
      throw AppError.unauthorized("Bad or missing X-Signature");
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString("utf8"));
    } catch {
      throw AppError.badRequest("The body is not JSON");
    }
    const n = BankNotification.safeParse(parsed);
    if (!n.success)
      throw AppError.badRequest(
        "Not a bank notification",
        n.error.issues.map((i) => ({ path: `body.${i.path.join(".")}`, message: i.message })),
      );
    const note = noteIn(n.data.content);
    const reply = await this.deps.ds.transaction(async (m): Promise<BankWebhookResult> => {
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO bank_transfer (transaction_id, amount, content, transacted_at, status, raw)
         VALUES ($1, $2, $3, $4, 'unmatched', $5) ON CONFLICT (transaction_id) DO NOTHING RETURNING id`,
        [n.data.transactionId, n.data.amount, n.data.content, n.data.transactedAt, JSON.stringify(parsed)],
      );
      if (!row) return { result: "duplicate" };
      const payment = note
        ? await m.findOne(Payment, { where: { txnRef: note, provider: "bank" }, lock: { mode: "pessimistic_write" } })
        : null;
      const reason = !payment
        ? "No order has this transfer note"
        : payment.amount !== n.data.amount
          ? `Amount ${n.data.amount} does not match the order's ${payment.amount}`
          : payment.status !== "pending" && payment.status !== "expired"
            ? `The order's payment is already ${payment.status}`
            : undefined;
      if (reason || !payment) {
        await m.update(BankTransfer, { id: row.id }, { reason: reason ?? null });
        return { result: "unmatched", transferId: row.id };
      }
      await this.settleBankTransfer(m, payment, row.id, n.data);
      return { result: "matched", transferId: row.id };
    });
    if (reply.result === "unmatched") this.deps.log.warn({ transactionId: n.data.transactionId }, "unmatched bank transfer");
    this.flushRefundsSoon();
    return reply;
  }

  /**
   * An admin pays an order with an unmatched transfer (or resolves it without an order: `orderCode` absent),
   * saying why; the transfer keeps who decided and when.
   */
  async matchTransfer(
    id: string,
    body: { orderCode?: string | undefined; note: string },
    adminId: string,
  ): Promise<BankTransfer> {
    await this.deps.ds.transaction(async (m) => {
      const t = await m.findOne(BankTransfer, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!t) throw AppError.notFound("Bank transfer");
      if (t.status !== "unmatched") throw AppError.conflict(`This transfer is already ${t.status}`);
      const decided = { matchedById: adminId, matchedAt: this.deps.clock.now(), matchNote: body.note };
      if (!body.orderCode) {
        await m.update(BankTransfer, { id }, { ...decided, status: "resolved" });
        return;
      }
      const order = await m.findOne(Order, { where: { code: body.orderCode } });
      const payment = order
        ? await m.findOne(Payment, {
            where: { orderId: order.id, provider: "bank" },
            order: { createdAt: "DESC" },
            lock: { mode: "pessimistic_write" },
          })
        : null;
      if (!payment) throw AppError.notFound("Bank-transfer order");
      if (payment.status !== "pending" && payment.status !== "expired")
        throw AppError.conflict(`The order's payment is already ${payment.status}`);
      await this.settleBankTransfer(m, payment, id, {
        transactionId: t.transactionId,
        amount: t.amount,
        content: t.content,
        transactedAt: t.transactedAt.toISOString(),
      });
      await m.update(BankTransfer, { id }, decided);
    });
    this.flushRefundsSoon();
    return this.deps.ds.getRepository(BankTransfer).findOneByOrFail({ id });
  }

  private async settleBankTransfer(m: EntityManager, payment: Payment, transferId: string, n: BankNotification): Promise<void> {
    await this.settle(m, payment, {
      outcome: "succeeded",
      amount: n.amount,
      transactionNo: n.transactionId.slice(0, 20),
      payDate: formatVnpDate(new Date(n.transactedAt)),
      raw: { transactionId: n.transactionId, amount: String(n.amount), content: n.content, transactedAt: n.transactedAt },
    });
    await m.update(BankTransfer, { id: transferId }, { status: "matched", paymentId: payment.id, reason: null });
  }

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
        // An expired attempt, or one the buyer replaced by paying again, may still be paid: `settle` decides.
        const late = (payment.status === "expired" || payment.status === "replaced") && intent.status === "succeeded";
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
      // Only an applied notice can have queued a refund (the retry job sends any other): a duplicate, which
      // VNPay sends until it hears 00 or 02, costs no extra query.
      if (reply.RspCode === "00") this.flushRefundsSoon();
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
      // A bank transfer has nobody to ask: the webhook is the only news, so an overdue one simply expires.
      if (p.provider !== "bank")
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

  /**
   * Sends queued refunds now, after the answer (the retry job sends them anyway): a failure here — the gateway
   * down, the database going away during shutdown — is logged, never an unhandled rejection that ends the process.
   */
  private flushRefundsSoon(): void {
    this.flushRefunds().catch((err: unknown) =>
      this.deps.log.warn({ err }, "refunds not sent now; the retry job will send them"),
    );
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
        const ok = answer.status !== "failed";
        await m.update(
          Refund,
          { id },
          {
            status: ok ? "succeeded" : "failed",
            responseCode: answer.responseCode,
            raw: { ...answer.raw },
            lastError: null,
            ...(ok ? { settledAt: this.deps.clock.now() } : {}),
          },
        );
        if (ok) await enqueueRefundNotice(m, "refund.settled", { refundId: id });
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
    if (payment.status === "replaced" && !(await this.replacedAttemptWins(m, payment))) {
      // The order was settled another way (paid by another attempt, cash on delivery, cancelled): give it all back.
      await m.update(Payment, { id: payment.id }, { ...details, status: "paid", paidAt: this.deps.clock.now() });
      await queueDuplicateRefund(m, payment);
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
            note: `Thanh toán ${payment.provider === "bank" ? "chuyển khoản" : "VNPay"} đến sau khi đơn hết hạn`,
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
          note: `${payment.provider === "bank" ? "Chuyển khoản" : "VNPay"} ${s.transactionNo ?? ""}`.trim(),
        });
    }
    await enqueueNotification(m, "order.placed", { orderId: payment.orderId });
  }

  /**
   * A replaced attempt reported paid settles its order only while the order still awaits an online payment; the
   * newer attempts then become `replaced` in turn (and are refunded whole if paid as well).
   */
  private async replacedAttemptWins(m: EntityManager, payment: Payment): Promise<boolean> {
    const order = await m.findOneOrFail(Order, { where: { id: payment.orderId }, lock: { mode: "pessimistic_write" } });
    if (order.status !== "awaiting_payment" || order.paymentStatus !== "pending" || order.paymentMethod === "cod") return false;
    await m.update(Payment, { orderId: order.id, status: In(["pending", "processing"]) }, { status: "replaced" });
    await m.update(Order, { id: order.id }, { paymentMethod: payment.provider === "bank" ? "bank_transfer" : "vnpay" });
    return true;
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

  /** Refunded or partly refunded, from the order's payment and its stall orders' refunds (a second payment given back whole does not count). */
  private async rederivePaymentStatus(m: EntityManager, orderId: string): Promise<void> {
    const [row] = await m.query<{ paid: string; refunded: string }[]>(
      `SELECT coalesce(sum(p.amount), 0) AS paid,
              coalesce((SELECT sum(r.amount) FROM refund r JOIN payment p2 ON p2.id = r.payment_id
                         WHERE p2.order_id = $1 AND r.status = 'succeeded' AND r.stall_order_id IS NOT NULL), 0) AS refunded
         FROM payment p
        WHERE p.order_id = $1 AND p.status = 'paid'
          AND NOT EXISTS (SELECT 1 FROM refund d WHERE d.payment_id = p.id AND d.stall_order_id IS NULL)`,
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
