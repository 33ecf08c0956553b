import crypto from "node:crypto";
import { signParams } from "@chophien/vnpay";
import { Product } from "../catalog/product.entity";
import { LedgerEntry } from "../ledger/ledger-entry.entity";
import { SANDBOX_TERMINAL } from "../payments/gateway";
import { Payment } from "../payments/payment.entity";
import { Refund } from "../payments/refund.entity";
import { User } from "../users/user.entity";
import type { Stall } from "../stalls/stall.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const address = { fullName: "Phạm Thu Hà", phone: "0935123456", province: "hue", ward: "Phường Thuận Hoá", street: "5 Lê Lợi" };
const stockOf = async (p: Product) => (await t.ds.getRepository(Product).findOneByOrFail({ id: p.id })).stock;
const soldOf = async (p: Product) => (await t.ds.getRepository(Product).findOneByOrFail({ id: p.id })).soldCount;
const ownerOf = (s: Stall) => t.ds.getRepository(User).findOneByOrFail({ id: s.ownerId });
const sellerDo = async (stall: Stall, id: string, action: string, body: object = {}) =>
  t.http
    .post(`/api/seller/orders/${id}/${action}`)
    .set(authHeader(t, await ownerOf(stall)))
    .send(body);

/** An order by a new buyer for `quantity` of one product (100.000 ₫) of each stall. */
async function order(stalls: Stall[], paymentMethod: "cod" | "vnpay" = "cod", quantity = 2) {
  const buyer = await buildUser(t.ds);
  const products = await Promise.all(stalls.map((stall) => buildProduct(t.ds, { stall, stock: 10, price: 100000 })));
  const res = await t.http
    .post("/api/checkout")
    .set(authHeader(t, buyer))
    .set("Idempotency-Key", `habits-${crypto.randomUUID()}`)
    .send({ shippingAddress: address, paymentMethod, items: products.map((p) => ({ productId: p.id, quantity })) });
  expect(res.status).toBe(201);
  const part = (stall: Stall) =>
    res.body.order.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === stall.id) as {
      id: string;
      subtotal: number;
      shippingFee: number;
    };
  return { buyer, products, order: res.body.order as { code: string; id: string; grandTotal: number }, part };
}

/** Pays the order's VNPay payment with a correctly signed IPN. */
async function pay(orderId: string) {
  const payment = await t.ds.getRepository(Payment).findOneByOrFail({ orderId });
  const params: Record<string, string> = {
    vnp_TmnCode: SANDBOX_TERMINAL.tmnCode,
    vnp_Amount: String(payment.amount * 100),
    vnp_BankCode: "NCB",
    vnp_BankTranNo: "VNP1",
    vnp_CardType: "ATM",
    vnp_OrderInfo: "Thanh toan don hang",
    vnp_PayDate: "20261128101010",
    vnp_ResponseCode: "00",
    vnp_TransactionNo: String(Math.floor(Math.random() * 1e8)),
    vnp_TransactionStatus: "00",
    vnp_TxnRef: payment.txnRef,
  };
  const res = await t.http
    .get("/api/payments/vnpay/ipn")
    .query({ ...params, vnp_SecureHash: signParams(params, SANDBOX_TERMINAL.hashSecret).secureHash });
  expect(res.body).toMatchObject({ RspCode: "00" });
  return payment;
}

const cancelPart = (buyer: User, code: string, id: string, body: object = {}) =>
  t.http.post(`/api/orders/${code}/stall-orders/${id}/cancel`).set(authHeader(t, buyer)).send(body);

describe("cancelling one stall's part", () => {
  it("cancels that part only, returns its stock, and lets the other stall's part go on to completion", async () => {
    const [a, b] = [await buildStall(t.ds), await buildStall(t.ds)];
    const { buyer, products, order: o, part } = await order([a, b]);
    const res = await cancelPart(buyer, o.code, part(a).id, { reason: "Mua nhầm" });
    expect(res.status).toBe(200);
    const statuses = Object.fromEntries(
      res.body.order.stallOrders.map((p: { stall: { id: string }; status: string }) => [p.stall.id, p.status]),
    );
    expect(statuses).toEqual({ [a.id]: "cancelled", [b.id]: "placed" });
    expect(res.body.order.status).toBe("placed");
    expect(await stockOf(products[0]!)).toBe(10);
    expect(await stockOf(products[1]!)).toBe(8);
    // Cancelled twice → 409; the ledger never hears of the cancelled part.
    expect((await cancelPart(buyer, o.code, part(a).id)).status).toBe(409);
    for (const step of ["confirm", "ship", "deliver"])
      expect(
        (await sellerDo(b, part(b).id, step, step === "ship" ? { carrier: "GHN", trackingNumber: "GHN1" } : {})).status,
      ).toBe(200);
    expect((await t.http.post(`/api/orders/${o.code}/receive`).set(authHeader(t, buyer))).status).toBe(200);
    expect(await t.ds.getRepository(LedgerEntry).countBy({ stallId: a.id })).toBe(0);
    expect(await t.ds.getRepository(LedgerEntry).countBy({ stallId: b.id })).toBeGreaterThan(0);
  });

  it("refuses a part the seller has confirmed (409), another buyer's order and another order's part (404)", async () => {
    const [a, b] = [await buildStall(t.ds), await buildStall(t.ds)];
    const { buyer, order: o, part } = await order([a, b]);
    expect((await sellerDo(a, part(a).id, "confirm")).status).toBe(200);
    expect((await cancelPart(buyer, o.code, part(a).id)).status).toBe(409);
    expect((await cancelPart(await buildUser(t.ds), o.code, part(b).id)).status).toBe(404);
    const other = await order([b]);
    expect((await cancelPart(buyer, o.code, other.part(b).id)).status).toBe(404);
    expect((await cancelPart(buyer, o.code, "not-a-uuid")).status).toBe(400);
  });

  it("refunds a paid part exactly (its goods and shipping) through the refund queue, as a partial refund", async () => {
    const [a, b] = [await buildStall(t.ds), await buildStall(t.ds)];
    const { buyer, order: o, part } = await order([a, b], "vnpay");
    const payment = await pay(o.id);
    const res = await cancelPart(buyer, o.code, part(b).id);
    expect(res.status).toBe(200);
    const refunds = await t.ds.getRepository(Refund).findBy({ paymentId: payment.id });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({
      stallOrderId: part(b).id,
      amount: part(b).subtotal + part(b).shippingFee,
      transactionType: "03",
    });
    expect(refunds[0]!.amount).toBeLessThan(payment.amount);
  });
});

describe("delivery habits", () => {
  it("counts units sold once, when the part is delivered (not when placed, shipped or completed)", async () => {
    const stall = await buildStall(t.ds);
    const { buyer, products, order: o, part } = await order([stall], "cod", 3);
    const id = part(stall).id;
    await sellerDo(stall, id, "confirm");
    await sellerDo(stall, id, "ship", { carrier: "Giao Hàng Nhanh", trackingNumber: "GHN-77" });
    expect(await soldOf(products[0]!)).toBe(0);
    await sellerDo(stall, id, "deliver");
    expect(await soldOf(products[0]!)).toBe(3);
    await t.http.post(`/api/orders/${o.code}/receive`).set(authHeader(t, buyer));
    expect(await soldOf(products[0]!)).toBe(3);
    const card = await t.http.get(`/api/products/${products[0]!.slug}`);
    expect(card.body.product.soldCount).toBe(3);
  });

  it("stores a known carrier under its listed name with a tracking link; free text stays as typed, without one", async () => {
    const stall = await buildStall(t.ds);
    const first = await order([stall]);
    await sellerDo(stall, first.part(stall).id, "confirm");
    const shipped = await sellerDo(stall, first.part(stall).id, "ship", { carrier: "giao hang nhanh", trackingNumber: "GHN 42" });
    expect(shipped.body.stallOrder).toMatchObject({
      carrier: "GHN",
      trackingNumber: "GHN 42",
      trackingUrl: "https://donhang.ghn.vn/?order_code=GHN%2042",
    });
    const second = await order([stall]);
    await sellerDo(stall, second.part(stall).id, "confirm");
    await sellerDo(stall, second.part(stall).id, "ship", { carrier: "Xe khách Phương Trang", trackingNumber: "PT-1" });
    const mine = await t.http.get(`/api/orders/${second.order.code}`).set(authHeader(t, second.buyer));
    expect(mine.body.order.stallOrders[0]).toMatchObject({
      carrier: "Xe khách Phương Trang",
      trackingUrl: null,
    });
  });
});
