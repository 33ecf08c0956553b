import crypto from "node:crypto";
import { fixedClock } from "../../lib/clock";
import { servicesOf } from "../../app";
import { Product } from "../catalog/product.entity";
import { OrderEvent } from "../orders/order-event.entity";
import { Order } from "../orders/order.entity";
import { StallOrder } from "../orders/stall-order.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { BANK_WEBHOOK_PATH, signBankWebhook } from "./bank-notifications";
import { BankTransfer } from "./bank-transfer.entity";
import { Payment } from "./payment.entity";

let t: TestApp;
const clock = fixedClock(new Date());
beforeAll(async () => {
  t = await startTestApp({ listen: true, clock });
});
afterAll(() => t.close());

const address = { fullName: "Lê Thị Mai", phone: "0905123456", province: "hue", ward: "Phường Thuận Hoá", street: "9 Lê Lợi" };
const secret = () => t.config.bankTransfer.webhookSecret;

async function bankOrder(quantity = 2) {
  const buyer = await buildUser(t.ds);
  const product = await buildProduct(t.ds, { stall: await buildStall(t.ds), stock: 10, price: 60000 });
  const res = await t.http
    .post("/api/checkout")
    .set(authHeader(t, buyer))
    .set("Idempotency-Key", `bank-${crypto.randomUUID()}`)
    .send({ shippingAddress: address, paymentMethod: "bank_transfer", items: [{ productId: product.id, quantity }] });
  expect(res.status).toBe(201);
  return { buyer, product, order: res.body.order as { id: string; code: string; grandTotal: number }, payment: res.body.payment };
}

function webhook(body: Record<string, unknown>, signature?: string) {
  const raw = JSON.stringify(body);
  return t.http
    .post(BANK_WEBHOOK_PATH)
    .set("Content-Type", "application/json")
    .set("X-Signature", signature ?? signBankWebhook(raw, secret()))
    .send(raw);
}

const notification = (amount: number, content: string, transactionId = `FT${crypto.randomUUID().slice(0, 12)}`) => ({
  transactionId,
  amount,
  content,
  transactedAt: new Date().toISOString(),
});
const orderRow = (id: string) => t.ds.getRepository(Order).findOneByOrFail({ id });
const partsOf = (orderId: string) => t.ds.getRepository(StallOrder).findBy({ orderId });

describe("bank transfer checkout", () => {
  it("waits for the money and hands the shopper a VietQR code, the bank details and the note", async () => {
    const { order, payment } = await bankOrder();
    expect(payment).toMatchObject({ method: "bank_transfer", status: "pending", amount: order.grandTotal, redirectUrl: null });
    const note = order.code.replace(/-/g, "");
    expect(payment.vietqr).toMatchObject({
      bankBin: t.config.bankTransfer.bankBin,
      accountNo: t.config.bankTransfer.accountNo,
      accountName: t.config.bankTransfer.accountName,
      amount: order.grandTotal,
      note,
    });
    expect(payment.vietqr.payload).toContain(
      `54${String(order.grandTotal).length.toString().padStart(2, "0")}${order.grandTotal}`,
    );
    expect(payment.vietqr.payload).toContain(note);
    expect(payment.vietqr.imageUrl).toMatch(/^data:image\/png;base64,/);
    expect((await partsOf(order.id)).map((p) => p.status)).toEqual(["awaiting_payment"]);
  });
});

describe("POST /api/payments/bank/webhook", () => {
  it("answers 401 to a missing, wrong or stale signature and changes nothing", async () => {
    const { order } = await bankOrder();
    const body = notification(order.grandTotal, order.code);
    const raw = JSON.stringify(body);
    const unsigned = await t.http.post(BANK_WEBHOOK_PATH).set("Content-Type", "application/json").send(raw);
    expect(unsigned.status).toBe(401);
    expect((await webhook(body, signBankWebhook(raw, "another-secret-entirely"))).status).toBe(401);
    expect((await webhook(body, "zz")).status).toBe(401);
    // Signed, then the amount changed on the way: the signature covers the raw bytes.
    const tampered = await t.http
      .post(BANK_WEBHOOK_PATH)
      .set("Content-Type", "application/json")
      .set("X-Signature", signBankWebhook(raw, secret()))
      .send(JSON.stringify({ ...body, amount: body.amount + 1 }));
    expect(tampered.status).toBe(401);
    expect(await t.ds.getRepository(BankTransfer).countBy({ transactionId: body.transactionId })).toBe(0);
    expect((await orderRow(order.id)).paymentStatus).toBe("pending");
  });

  it("answers 400 to a signed body that is not a bank notification", async () => {
    const res = await webhook({ transactionId: "X1", amount: "12" });
    expect(res.status).toBe(400);
  });

  it("settles the order exactly once under 10 concurrent duplicate deliveries, and ignores later replays", async () => {
    const { order, product } = await bankOrder(3);
    const body = notification(order.grandTotal, `MBVCB.8812.${order.code.replace(/-/g, "")}.CT tu 0905123456`);
    const answers = await Promise.all(Array.from({ length: 10 }, () => webhook(body)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    const results = answers.map((a) => a.body.result as string).sort();
    expect(results).toEqual([...Array<string>(9).fill("duplicate"), "matched"].sort());
    const replay = await webhook(body);
    expect(replay.body.result).toBe("duplicate");

    expect((await orderRow(order.id)).paymentStatus).toBe("paid");
    expect((await partsOf(order.id)).map((p) => p.status)).toEqual(["placed"]);
    const payment = await t.ds.getRepository(Payment).findOneByOrFail({ orderId: order.id });
    expect(payment).toMatchObject({ status: "paid", provider: "bank", transactionNo: body.transactionId.slice(0, 20) });
    expect(await t.ds.getRepository(BankTransfer).countBy({ transactionId: body.transactionId })).toBe(1);
    const paidEvents = await t.ds.getRepository(OrderEvent).countBy({ orderId: order.id, toStatus: "placed" });
    expect(paidEvents).toBe(1);
    expect((await t.ds.getRepository(Product).findOneByOrFail({ id: product.id })).stock).toBe(7);
  });

  it("keeps a wrong amount or an unknown note for an admin, never paying automatically; the admin matches it", async () => {
    const { order } = await bankOrder();
    const short = notification(order.grandTotal - 1000, order.code);
    expect((await webhook(short)).body.result).toBe("unmatched");
    const stranger = notification(50000, "chuyen tien an trua");
    expect((await webhook(stranger)).body.result).toBe("unmatched");
    expect((await orderRow(order.id)).paymentStatus).toBe("pending");

    const admin = await buildUser(t.ds, { role: "admin" });
    const list = await t.http.get("/api/admin/bank-transfers?status=unmatched&limit=50").set(authHeader(t, admin));
    expect(list.status).toBe(200);
    const kept = list.body.items.find((i: { transactionId: string }) => i.transactionId === short.transactionId);
    expect(kept).toMatchObject({ status: "unmatched", amount: short.amount, reason: expect.stringMatching(/does not match/) });
    expect(list.body.items.find((i: { transactionId: string }) => i.transactionId === stranger.transactionId).reason).toMatch(
      /No order/,
    );
    const shopper = await buildUser(t.ds);
    expect((await t.http.get("/api/admin/bank-transfers").set(authHeader(t, shopper))).status).toBe(403);

    const bad = await t.http
      .post(`/api/admin/bank-transfers/${kept.id}/match`)
      .set(authHeader(t, admin))
      .send({ orderCode: order.code });
    expect(bad.status).toBe(400);
    const matched = await t.http
      .post(`/api/admin/bank-transfers/${kept.id}/match`)
      .set(authHeader(t, admin))
      .send({ orderCode: order.code, note: "Khách gọi điện: thiếu 1.000 ₫ phí chuyển, cho qua" });
    expect(matched.status).toBe(200);
    expect(matched.body.transfer).toMatchObject({ status: "matched", matchedById: admin.id });
    expect((await orderRow(order.id)).paymentStatus).toBe("paid");
    const again = await t.http
      .post(`/api/admin/bank-transfers/${kept.id}/match`)
      .set(authHeader(t, admin))
      .send({ orderCode: order.code, note: "lần hai" });
    expect(again.status).toBe(409);

    // The correct transfer arriving later pays nothing twice: it is kept for a refund by hand.
    expect((await webhook(notification(order.grandTotal, order.code))).body.result).toBe("unmatched");
    const resolved = await t.http
      .post(
        `/api/admin/bank-transfers/${list.body.items.find((i: { transactionId: string }) => i.transactionId === stranger.transactionId).id}/match`,
      )
      .set(authHeader(t, admin))
      .send({ note: "Không phải tiền hàng, đã hoàn lại" });
    expect(resolved.body.transfer.status).toBe("resolved");
  });

  it("lets unpaid bank transfers expire like VNPay payments (stock returns)", async () => {
    const { order, product } = await bankOrder(4);
    clock.advance(31 * 60_000);
    await servicesOf(t.app).payments.expireOverdue(500);
    expect((await t.ds.getRepository(Payment).findOneByOrFail({ orderId: order.id })).status).toBe("expired");
    expect((await partsOf(order.id)).map((p) => p.status)).toEqual(["cancelled"]);
    expect((await t.ds.getRepository(Product).findOneByOrFail({ id: product.id })).stock).toBe(10);
    // Money arriving after all revives the order while the stock is there.
    expect((await webhook(notification(order.grandTotal, order.code))).body.result).toBe("matched");
    expect((await orderRow(order.id)).paymentStatus).toBe("paid");
  });
});

describe("the bank sandbox", () => {
  it("pays a VietQR code by posting a correctly signed notification to the webhook", async () => {
    const { order } = await bankOrder();
    const page = await t.http.get(`/bank-sandbox?amount=${order.grandTotal}&note=${order.code.replace(/-/g, "")}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(String(order.grandTotal));
    const paid = await t.http
      .post("/bank-sandbox/pay")
      .type("form")
      .send({ amount: String(order.grandTotal), content: order.code.replace(/-/g, "") });
    expect(paid.status).toBe(200);
    expect(paid.text).toContain("matched");
    expect((await orderRow(order.id)).paymentStatus).toBe("paid");
  });
});
