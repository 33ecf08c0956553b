import crypto from "node:crypto";
import { signParams } from "@chophien/vnpay";
import { servicesOf } from "../../app";
import { fixedClock } from "../../lib/clock";
import { Product } from "../catalog/product.entity";
import { OrderEvent } from "../orders/order-event.entity";
import { User } from "../users/user.entity";
import type { Stall } from "../stalls/stall.entity";
import { createVnpayGateway, SANDBOX_TERMINAL } from "./gateway";
import { Payment } from "./payment.entity";
import { Refund } from "./refund.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
const clock = fixedClock(new Date());
beforeAll(async () => {
  t = await startTestApp({ listen: true, clock });
});
afterAll(() => t.close());

const address = { fullName: "Phạm Thu Hà", phone: "0935123456", province: "hue", ward: "Phường Thuận Hoá", street: "5 Lê Lợi" };
const sandbox = () => servicesOf(t.app).gateway.sandbox!;
const stockOf = async (p: Product) => (await t.ds.getRepository(Product).findOneByOrFail({ id: p.id })).stock;
const ipn = (params: Record<string, string>) => t.http.get("/api/payments/vnpay/ipn").query(params);

async function vnpayOrder(stalls?: Stall[], quantity = 2) {
  const buyer = await buildUser(t.ds);
  const products = await Promise.all(
    (stalls ?? [await buildStall(t.ds)]).map((stall) => buildProduct(t.ds, { stall, stock: 10, price: 100000 })),
  );
  const res = await t.http
    .post("/api/checkout")
    .set(authHeader(t, buyer))
    .set("Idempotency-Key", `pay-${crypto.randomUUID()}`)
    .send({ shippingAddress: address, paymentMethod: "vnpay", items: products.map((p) => ({ productId: p.id, quantity })) });
  expect(res.status).toBe(201);
  const payment = await t.ds.getRepository(Payment).findOneByOrFail({ orderId: res.body.order.id });
  return {
    buyer,
    products,
    order: res.body.order as { code: string; id: string; grandTotal: number },
    redirectUrl: res.body.payment.redirectUrl as string,
    payment,
  };
}

/** IPN parameters as VNPay would sign them. */
function signedIpn(payment: Payment, overrides: Record<string, string> = {}, secret: string = SANDBOX_TERMINAL.hashSecret) {
  const params: Record<string, string> = {
    vnp_TmnCode: SANDBOX_TERMINAL.tmnCode,
    vnp_Amount: String(payment.amount * 100),
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP14422574",
    vnp_CardType: "ATM",
    vnp_OrderInfo: "Thanh toan don hang",
    vnp_PayDate: "20261128101010",
    vnp_ResponseCode: "00",
    vnp_TransactionNo: "14422574",
    vnp_TransactionStatus: "00",
    vnp_TxnRef: payment.txnRef,
    ...overrides,
  };
  return { ...params, vnp_SecureHash: signParams(params, secret).secureHash };
}
const orderOf = async (buyer: User, code: string) =>
  (await t.http.get(`/api/orders/${code}`).set(authHeader(t, buyer))).body.order;

describe("paying with VNPay through the sandbox", () => {
  it("checkout → pay page → IPN → order placed and paid; the return URL only redirects", async () => {
    const { buyer, order, redirectUrl } = await vnpayOrder();
    expect(redirectUrl).toContain("/vnpay-sandbox/paymentv2/vpcpay.html?");
    const page = await fetch(redirectUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("9704");
    const { returnUrl, ipnDelivered } = sandbox().pay(redirectUrl, { outcome: "success" });
    expect(await ipnDelivered).toMatchObject({ delivered: true, lastResponse: { rspCode: "00" } });
    const placed = await orderOf(buyer, order.code);
    expect(placed).toMatchObject({ status: "placed", payment: { method: "vnpay", status: "paid" } });
    expect(placed.timeline.map((e: { actor: string; to: string }) => `${e.actor}>${e.to}`)).toEqual([
      "buyer>awaiting_payment",
      "system>placed",
    ]);

    const back = await t.http.get(new URL(returnUrl).pathname + new URL(returnUrl).search);
    expect(back.status).toBe(302);
    expect(back.headers.location).toBe(`/don-hang/${order.code}/ket-qua?vnp=succeeded`);
  });

  it("a cancelled payment cancels the order and returns the stock", async () => {
    const { buyer, order, redirectUrl, products } = await vnpayOrder();
    expect(await stockOf(products[0]!)).toBe(8);
    await sandbox().pay(redirectUrl, { outcome: "cancel" }).ipnDelivered;
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "cancelled", payment: { status: "failed" } });
    expect(await stockOf(products[0]!)).toBe(10);
  });

  it("the return URL alone changes nothing", async () => {
    const { buyer, order, payment } = await vnpayOrder();
    const res = await t.http.get("/api/payments/vnpay/return").query(signedIpn(payment));
    expect(res.status).toBe(302);
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "awaiting_payment", payment: { status: "pending" } });
  });
});

describe("the IPN endpoint", () => {
  it("answers 97 to a forged signature and changes nothing", async () => {
    const { buyer, order, payment } = await vnpayOrder();
    expect((await ipn(signedIpn(payment, {}, "not-the-secret"))).body).toEqual({ RspCode: "97", Message: "Invalid signature" });
    const tampered = { ...signedIpn(payment), vnp_Amount: "100" };
    expect((await ipn(tampered)).body.RspCode).toBe("97");
    expect((await orderOf(buyer, order.code)).status).toBe("awaiting_payment");
  });

  it("answers 01 for an unknown TxnRef and 04 for a wrong amount", async () => {
    const { payment } = await vnpayOrder();
    expect((await ipn(signedIpn({ ...payment, txnRef: "NOPE123" }))).body.RspCode).toBe("01");
    expect((await ipn(signedIpn(payment, { vnp_Amount: String((payment.amount - 1000) * 100) }))).body.RspCode).toBe("04");
  });

  it("applies a payment once: duplicates answer 02, ten concurrent ones make one transition", async () => {
    const { buyer, order, payment } = await vnpayOrder();
    const params = signedIpn(payment);
    const replies = await Promise.all(Array.from({ length: 10 }, () => ipn(params)));
    const codes = replies.map((r) => r.body.RspCode).sort();
    expect(codes).toEqual(["00", ...Array(9).fill("02")]);
    expect((await ipn(params)).body.RspCode).toBe("02");
    expect(await t.ds.getRepository(OrderEvent).countBy({ orderId: order.id, toStatus: "placed" })).toBe(1);
    expect((await orderOf(buyer, order.code)).payment.status).toBe("paid");
  });

  it("a failure code (51) cancels the order with stock released", async () => {
    const { buyer, order, payment, products } = await vnpayOrder();
    expect((await ipn(signedIpn(payment, { vnp_ResponseCode: "51", vnp_TransactionStatus: "02" }))).body.RspCode).toBe("00");
    const o = await orderOf(buyer, order.code);
    expect(o.status).toBe("cancelled");
    expect(o.stallOrders[0].cancelReason).toContain("51");
    expect(await stockOf(products[0]!)).toBe(10);
  });
});

describe("expiry and late payments", () => {
  it("expires unpaid orders after 15 minutes (after asking VNPay), releasing stock", async () => {
    const { buyer, order, products } = await vnpayOrder();
    clock.advance(16 * 60 * 1000);
    expect(await servicesOf(t.app).payments.expireOverdue()).toBeGreaterThanOrEqual(1);
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "cancelled", payment: { status: "failed" } });
    expect(await stockOf(products[0]!)).toBe(10);
  });

  it("honours a paid IPN that arrives after expiry when the stock is still there", async () => {
    const { buyer, order, payment, products } = await vnpayOrder();
    clock.advance(16 * 60 * 1000);
    await servicesOf(t.app).payments.expireOverdue();
    expect((await ipn(signedIpn(payment))).body.RspCode).toBe("00");
    expect(await orderOf(buyer, order.code)).toMatchObject({ status: "placed", payment: { status: "paid" } });
    expect(await stockOf(products[0]!)).toBe(8);
  });

  it("refunds a late payment automatically when the stock is gone", async () => {
    const { buyer, order, payment, products, redirectUrl } = await vnpayOrder();
    void redirectUrl;
    clock.advance(16 * 60 * 1000);
    await servicesOf(t.app).payments.expireOverdue();
    await t.ds.getRepository(Product).update({ id: products[0]!.id }, { stock: 0 });
    // VNPay must know the transaction for the refund to go through: pay it in the sandbox after expiry.
    expect((await ipn(signedIpn(payment))).body.RspCode).toBe("00");
    const o = await orderOf(buyer, order.code);
    expect(o.status).toBe("cancelled");
    const refunds = await t.ds.getRepository(Refund).findBy({ paymentId: payment.id });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ amount: payment.amount, transactionType: "02" });
  });
});

describe("refunds", () => {
  it("cancelling a paid stall order refunds exactly its share through the gateway (partial), visible to admins", async () => {
    const [s1, s2] = [await buildStall(t.ds, { province: "hue" }), await buildStall(t.ds, { province: "hue" })];
    const { buyer, order, redirectUrl } = await vnpayOrder([s1, s2], 1);
    await sandbox().pay(redirectUrl, { outcome: "success" }).ipnDelivered;
    const o = await orderOf(buyer, order.code);
    const part = o.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === s1.id);
    const owner = await t.ds.getRepository(User).findOneByOrFail({ id: s1.ownerId });
    const cancel = await t.http
      .post(`/api/seller/orders/${part.id}/cancel`)
      .set(authHeader(t, owner))
      .send({ reason: "Hết hàng" });
    expect(cancel.status).toBe(200);
    await servicesOf(t.app).payments.flushRefunds();
    const [refund] = await t.ds.getRepository(Refund).findBy({ stallOrderId: part.id });
    expect(refund).toMatchObject({
      amount: part.subtotal + part.shippingFee,
      transactionType: "03",
      status: "succeeded",
      responseCode: "00",
    });
    expect((await orderOf(buyer, order.code)).payment.status).toBe("partially_refunded");

    const admin = await buildUser(t.ds, { role: "admin" });
    const list = await t.http.get("/api/admin/refunds?status=succeeded").set(authHeader(t, admin));
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(refund!.id);
    expect((await t.http.post(`/api/admin/refunds/${refund!.id}/retry`).set(authHeader(t, admin))).status).toBe(409);
  });
});

describe("refunds and reconciliation, continued", () => {
  it("refunds a whole single-stall payment in full (type 02) when the seller cancels it", async () => {
    const { buyer, order, redirectUrl } = await vnpayOrder();
    await sandbox().pay(redirectUrl, { outcome: "success" }).ipnDelivered;
    const o = await orderOf(buyer, order.code);
    const part = o.stallOrders[0];
    const stall = await t.ds.getRepository(User).findOneByOrFail({
      id: (await t.ds.query<{ owner_id: string }[]>(`SELECT owner_id FROM stall WHERE id = $1`, [part.stall.id]))[0]!.owner_id,
    });
    expect(
      (await t.http.post(`/api/seller/orders/${part.id}/cancel`).set(authHeader(t, stall)).send({ reason: "Hết hàng" })).status,
    ).toBe(200);
    await servicesOf(t.app).payments.flushRefunds();
    const [refund] = await t.ds.getRepository(Refund).findBy({ stallOrderId: part.id });
    expect(refund).toMatchObject({ amount: o.grandTotal, transactionType: "02", status: "succeeded" });
    expect(
      sandbox().getTransaction(
        SANDBOX_TERMINAL.tmnCode,
        (await t.ds.getRepository(Payment).findOneByOrFail({ orderId: o.id })).txnRef,
      )?.refunds,
    ).toHaveLength(1);
    expect((await orderOf(buyer, order.code)).payment.status).toBe("refunded");
  });
});

describe("reconciliation when the IPN never arrives", () => {
  it("asks VNPay (querydr) before expiring, and settles a payment that went through", async () => {
    const lostIpn: typeof fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes("/vnpay/ipn")
        ? Promise.reject(new Error("network down"))
        : fetch(input, init);
    const lossy = await startTestApp({
      listen: true,
      clock,
      gateway: (config) => createVnpayGateway(config, { clock, fetch: lostIpn, ipnRetry: { maxAttempts: 1, intervalMs: 1 } }),
    });
    try {
      const buyer = await buildUser(lossy.ds);
      const product = await buildProduct(lossy.ds, { stock: 5 });
      const res = await lossy.http
        .post("/api/checkout")
        .set(authHeader(lossy, buyer))
        .set("Idempotency-Key", `lost-${crypto.randomUUID()}`)
        .send({ shippingAddress: address, paymentMethod: "vnpay", items: [{ productId: product.id, quantity: 1 }] });
      const delivery = await servicesOf(lossy.app).gateway.sandbox!.pay(res.body.payment.redirectUrl, { outcome: "success" })
        .ipnDelivered;
      expect(delivery.delivered).toBe(false);
      const before = await lossy.http.get(`/api/orders/${res.body.order.code}`).set(authHeader(lossy, buyer));
      expect(before.body.order.status).toBe("awaiting_payment");
      clock.advance(16 * 60 * 1000);
      await servicesOf(lossy.app).payments.expireOverdue();
      const after = await lossy.http.get(`/api/orders/${res.body.order.code}`).set(authHeader(lossy, buyer));
      expect(after.body.order).toMatchObject({ status: "placed", payment: { status: "paid" } });
    } finally {
      await lossy.close();
    }
  });
});
