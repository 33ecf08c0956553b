import crypto from "node:crypto";
import { formatVnd } from "@chophien/contracts";
import { signParams } from "@chophien/vnpay";
import type { DataSource } from "typeorm";
import { servicesOf } from "../../app";
import { createDataSource } from "../../db/data-source";
import { fixedClock } from "../../lib/clock";
import type { MailMessage } from "../../lib/mail/mailer";
import { Product } from "../catalog/product.entity";
import { dispatchOutbox } from "../notifications/notifications.service";
import { Order } from "../orders/order.entity";
import { SANDBOX_TERMINAL } from "./gateway";
import { MAX_PAYMENT_ATTEMPTS } from "./pay-again.service";
import { Payment } from "./payment.entity";
import { Refund } from "./refund.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";
import { User as UserEntity, type User } from "../users/user.entity";

// A database of our own: the refund mails are sent with dispatchOutbox, which takes every pending message.
let t: TestApp;
let ds: DataSource;
let drop: () => Promise<void>;
const clock = fixedClock(new Date());
beforeAll(async () => {
  const db = await freshMigratedDatabase();
  drop = db.drop;
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds, listen: true, clock });
});
afterAll(async () => {
  await t.close();
  await drop();
});

const address = { fullName: "Phạm Thu Hà", phone: "0935123456", province: "hue", ward: "Phường Thuận Hoá", street: "5 Lê Lợi" };
const sandbox = () => servicesOf(t.app).gateway.sandbox!;
const payments = () => servicesOf(t.app).payments;
const stockOf = async (p: Product) => (await ds.getRepository(Product).findOneByOrFail({ id: p.id })).stock;
const attemptsOf = (orderId: string) => ds.getRepository(Payment).find({ where: { orderId }, order: { createdAt: "ASC" } });
const orderOf = async (buyer: User, code: string) =>
  (await t.http.get(`/api/orders/${code}`).set(authHeader(t, buyer))).body.order;
const payAgain = (buyer: User, code: string, paymentMethod: string) =>
  t.http.post(`/api/orders/${code}/payment`).set(authHeader(t, buyer)).send({ paymentMethod });

async function vnpayOrder() {
  const buyer = await buildUser(ds);
  const product = await buildProduct(ds, { stall: await buildStall(ds), stock: 10, price: 100000 });
  const res = await t.http
    .post("/api/checkout")
    .set(authHeader(t, buyer))
    .set("Idempotency-Key", `again-${crypto.randomUUID()}`)
    .send({ shippingAddress: address, paymentMethod: "vnpay", items: [{ productId: product.id, quantity: 2 }] });
  expect(res.status).toBe(201);
  return {
    buyer,
    product,
    order: res.body.order as { code: string; id: string; grandTotal: number },
    redirectUrl: res.body.payment.redirectUrl as string,
  };
}

/** A successful IPN for `payment`, signed as VNPay would (the sandbox no longer pays a replaced URL by itself). */
function paidIpn(payment: Payment) {
  const params: Record<string, string> = {
    vnp_TmnCode: SANDBOX_TERMINAL.tmnCode,
    vnp_Amount: String(payment.amount * 100),
    vnp_BankCode: "NCB",
    vnp_CardType: "ATM",
    vnp_OrderInfo: "Thanh toan don hang",
    vnp_PayDate: "20261128101010",
    vnp_ResponseCode: "00",
    vnp_TransactionNo: String(10_000_000 + Math.floor(Math.random() * 1e7)),
    vnp_TransactionStatus: "00",
    vnp_TxnRef: payment.txnRef,
  };
  return t.http
    .get("/api/payments/vnpay/ipn")
    .query({ ...params, vnp_SecureHash: signParams(params, SANDBOX_TERMINAL.hashSecret).secureHash });
}

describe("POST /api/orders/:code/payment", () => {
  it("an abandoned VNPay payment is paid again with a new URL; the first one is replaced", async () => {
    const { buyer, order, redirectUrl, product } = await vnpayOrder();
    const res = await payAgain(buyer, order.code, "vnpay");
    expect(res.status).toBe(200);
    expect(res.body.payment).toMatchObject({ method: "vnpay", status: "pending", amount: order.grandTotal });
    expect(res.body.payment.redirectUrl).not.toBe(redirectUrl);
    expect(res.body.order).toMatchObject({ code: order.code, status: "awaiting_payment", refunds: [] });
    const [first, second] = await attemptsOf(order.id);
    expect(first).toMatchObject({ status: "replaced" });
    expect(second).toMatchObject({ status: "pending", txnRef: `${first!.txnRef}R1`, amount: order.grandTotal });
    expect(await stockOf(product)).toBe(8);

    const { ipnDelivered } = sandbox().pay(res.body.payment.redirectUrl, { outcome: "success" });
    expect(await ipnDelivered).toMatchObject({ delivered: true, lastResponse: { rspCode: "00" } });
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "placed", payment: { method: "vnpay", status: "paid" } });
    expect(await stockOf(product)).toBe(8);
    expect((await payAgain(buyer, order.code, "vnpay")).status).toBe(409);
    expect((await payAgain(buyer, order.code, "cod")).status).toBe(409);
  });

  it("the replaced attempt paid after all (another tab) is refunded whole: the buyer never pays twice", async () => {
    const { buyer, order, redirectUrl } = await vnpayOrder();
    const again = await payAgain(buyer, order.code, "vnpay");
    await sandbox().pay(again.body.payment.redirectUrl, { outcome: "success" }).ipnDelivered;
    const [old] = await attemptsOf(order.id);

    // The first tab's pay page was still open, and the buyer paid there too.
    expect(await sandbox().pay(redirectUrl, { outcome: "success" }).ipnDelivered).toMatchObject({
      lastResponse: { rspCode: "00" },
    });
    // A repeated IPN changes nothing.
    expect((await paidIpn(await ds.getRepository(Payment).findOneByOrFail({ id: old!.id }))).body.RspCode).toBe("02");
    await payments().flushRefunds();
    const refunds = await ds.getRepository(Refund).findBy({ paymentId: old!.id });
    expect(refunds).toEqual([
      expect.objectContaining({ stallOrderId: null, amount: order.grandTotal, transactionType: "02", status: "succeeded" }),
    ]);
    expect(sandbox().getTransaction(SANDBOX_TERMINAL.tmnCode, old!.txnRef)?.refunds).toHaveLength(1);
    const seen = await orderOf(buyer, order.code);
    expect(seen).toMatchObject({ status: "placed", payment: { status: "paid" } });
    expect(seen.refunds).toEqual([
      {
        stallOrderId: null,
        amount: order.grandTotal,
        status: "succeeded",
        createdAt: expect.any(String),
        settledAt: expect.any(String),
      },
    ]);
  });

  it("the replaced attempt paid first settles the order; the newer one, paid too, is the one refunded", async () => {
    const { buyer, order } = await vnpayOrder();
    const again = await payAgain(buyer, order.code, "vnpay");
    const [old, newer] = await attemptsOf(order.id);
    expect((await paidIpn(old!)).body.RspCode).toBe("00");
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "placed", payment: { status: "paid" } });
    expect(await ds.getRepository(Payment).findOneByOrFail({ id: newer!.id })).toMatchObject({ status: "replaced" });

    // Paying the newer URL afterwards still reaches the gateway; its money goes back.
    await sandbox().pay(again.body.payment.redirectUrl, { outcome: "success" }).ipnDelivered;
    const refunds = await ds
      .getRepository(Refund)
      .find({ relations: { payment: true }, where: { payment: { orderId: order.id } } });
    expect(refunds.map((r) => [r.paymentId, r.amount, r.stallOrderId])).toEqual([[newer!.id, order.grandTotal, null]]);
    await payments().flushRefunds();
    const o = await orderOf(buyer, order.code);
    // The duplicate refund does not make the order itself "refunded".
    expect(o.payment.status).toBe("paid");
    expect(o.refunds).toEqual([expect.objectContaining({ status: "succeeded", settledAt: expect.any(String) })]);
  });

  it("switching to cash on delivery places the order and keeps the stock; a late IPN of the old attempt is refunded", async () => {
    const { buyer, order, product } = await vnpayOrder();
    const res = await payAgain(buyer, order.code, "cod");
    expect(res.status).toBe(200);
    expect(res.body.payment).toEqual({ method: "cod", status: "unpaid", amount: order.grandTotal, redirectUrl: null });
    expect(res.body.order).toMatchObject({ status: "placed", payment: { method: "cod", status: "unpaid" } });
    expect(res.body.order.timeline.map((e: { actor: string; to: string }) => `${e.actor}>${e.to}`)).toEqual([
      "buyer>awaiting_payment",
      "system>placed",
    ]);
    expect(await stockOf(product)).toBe(8);

    // The expiry job no longer touches it.
    clock.advance(16 * 60_000);
    await payments().expireOverdue();
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "placed", payment: { method: "cod" } });

    const [old] = await attemptsOf(order.id);
    expect((await paidIpn(old!)).body.RspCode).toBe("00");
    expect(await ds.getRepository(Refund).findBy({ paymentId: old!.id })).toHaveLength(1);
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "placed", payment: { method: "cod", status: "unpaid" } });
  });

  it("409 once the time to pay has run out (before and after the expiry job), and for a cancelled order", async () => {
    const late = await vnpayOrder();
    clock.advance(16 * 60_000);
    expect((await payAgain(late.buyer, late.order.code, "vnpay")).status).toBe(409);
    expect((await payAgain(late.buyer, late.order.code, "cod")).status).toBe(409);
    await payments().expireOverdue();
    expect(await orderOf(late.buyer, late.order.code)).toMatchObject({ status: "cancelled" });
    const res = await payAgain(late.buyer, late.order.code, "vnpay");
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    expect(await stockOf(late.product)).toBe(10);

    const cancelled = await vnpayOrder();
    expect(
      (await t.http.post(`/api/orders/${cancelled.order.code}/cancel`).set(authHeader(t, cancelled.buyer)).send({})).status,
    ).toBe(200);
    expect((await payAgain(cancelled.buyer, cancelled.order.code, "cod")).status).toBe(409);
  });

  it("404 for another buyer's order or an unknown code, 400 for another method, 401 signed out", async () => {
    const { order } = await vnpayOrder();
    const stranger = await buildUser(ds);
    expect((await payAgain(stranger, order.code, "vnpay")).status).toBe(404);
    expect((await payAgain(stranger, "CP-20260101-XXXX", "vnpay")).status).toBe(404);
    const { buyer } = await vnpayOrder();
    expect((await payAgain(buyer, order.code, "bank_transfer")).status).toBe(400);
    expect(
      (await t.http.post(`/api/orders/${order.code}/payment`).set(authHeader(t, buyer)).send({ paymentMethod: "vnpay", x: 1 }))
        .status,
    ).toBe(400);
    expect((await t.http.post(`/api/orders/${order.code}/payment`).send({ paymentMethod: "vnpay" })).status).toBe(401);
  });

  it(`at most ${MAX_PAYMENT_ATTEMPTS} online attempts; cash on delivery is still offered`, async () => {
    const { buyer, order } = await vnpayOrder();
    for (let i = 1; i < MAX_PAYMENT_ATTEMPTS; i++) expect((await payAgain(buyer, order.code, "vnpay")).status).toBe(200);
    expect((await payAgain(buyer, order.code, "vnpay")).status).toBe(409);
    expect((await payAgain(buyer, order.code, "cod")).status).toBe(200);
  });

  it("422 when the order is over the cash-on-delivery limit", async () => {
    const { buyer, order } = await vnpayOrder();
    await ds.getRepository(Order).update({ id: order.id }, { grandTotal: 50_000_000 });
    const res = await payAgain(buyer, order.code, "cod");
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("payment_amount_out_of_range");
  });
});

describe("refunds the buyer sees", () => {
  it("a cancelled paid order shows its refund on its way, then refunded, with a mail at each step", async () => {
    const { buyer, order, redirectUrl } = await vnpayOrder();
    await sandbox().pay(redirectUrl, { outcome: "success" }).ipnDelivered;
    const part = (await orderOf(buyer, order.code)).stallOrders[0];
    const [{ owner_id }] = await ds.query<[{ owner_id: string }]>(`SELECT owner_id FROM stall WHERE id = $1`, [part.stall.id]);
    const seller = await ds.getRepository(UserEntity).findOneByOrFail({ id: owner_id });
    const cancel = await t.http
      .post(`/api/seller/orders/${part.id}/cancel`)
      .set(authHeader(t, seller))
      .send({ reason: "Hết hàng" });
    expect(cancel.status).toBe(200);

    const pending = await orderOf(buyer, order.code);
    expect(pending.refunds).toEqual([
      { stallOrderId: part.id, amount: order.grandTotal, status: "pending", createdAt: expect.any(String), settledAt: null },
    ]);
    const sent: MailMessage[] = [];
    const mailer = { send: (msg: MailMessage) => Promise.resolve(void sent.push(msg)) };
    await dispatchOutbox(ds, mailer, { batch: 100 });
    const started = sent.filter((m) => m.subject === `Đơn hàng ${order.code}: đang hoàn ${formatVnd(order.grandTotal)}`);
    expect(started).toHaveLength(1);
    expect(started[0]!.text).toContain("thường trong 3–7 ngày");

    await payments().flushRefunds();
    const done = await orderOf(buyer, order.code);
    expect(done.refunds).toEqual([
      expect.objectContaining({ stallOrderId: part.id, status: "succeeded", settledAt: clock.now().toISOString() }),
    ]);
    expect(done.payment.status).toBe("refunded");
    sent.length = 0;
    await dispatchOutbox(ds, mailer, { batch: 100 });
    expect(sent.map((m) => m.subject)).toContain(`Đơn hàng ${order.code}: đã hoàn ${formatVnd(order.grandTotal)}`);
  });
});
