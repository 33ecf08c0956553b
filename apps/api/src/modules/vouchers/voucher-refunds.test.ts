import crypto from "node:crypto";
import { servicesOf } from "../../app";
import { fixedClock } from "../../lib/clock";
import { Refund } from "../payments/refund.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { Voucher } from "./voucher.entity";
import { authHeader, buildProduct, buildStall, buildUser, TEST_ADDRESS as address, unique } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let admin: User;
const clock = fixedClock(new Date("2026-12-03T09:00:00+07:00"));
beforeAll(async () => {
  // Listening, so the VNPay sandbox delivers its IPN and orders get paid for real.
  t = await startTestApp({ listen: true, clock });
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const window = { startsAt: "2026-01-01T00:00:00+07:00", endsAt: "2027-06-01T00:00:00+07:00" };
const code = (p: string) => `${p}${unique()}`.slice(0, 24).toUpperCase();
const ownerOf = (s: Stall) => t.ds.getRepository(User).findOneByOrFail({ id: s.ownerId });
async function create(stall: Stall | null, body: object) {
  const res = await t.http
    .post(stall ? "/api/seller/vouchers" : "/api/admin/vouchers")
    .set(authHeader(t, stall ? await ownerOf(stall) : admin))
    .send({ ...window, ...body });
  expect(res.status).toBe(201);
  return res.body.voucher as { id: string; code: string };
}
const usedOf = async (id: string) => (await t.ds.getRepository(Voucher).findOneByOrFail({ id })).used;

async function twoStallVnpayOrder() {
  const buyer = await buildUser(t.ds);
  const qt = await buildStall(t.ds, { province: "quang-tri" });
  const hn = await buildStall(t.ds, { province: "ha-noi" });
  const coffee = await buildProduct(t.ds, { stall: qt, price: 150_000, stock: 5 });
  const tea = await buildProduct(t.ds, { stall: qt, price: 45_555, stock: 5 });
  const sauce = await buildProduct(t.ds, { stall: hn, price: 90_000, stock: 5 });
  const ship = await create(null, { code: code("ship"), kind: "free_shipping", value: 0 });
  const ten = await create(qt, { code: code("qt"), kind: "percent", value: 10 });
  const res = await t.http
    .post("/api/checkout")
    .set(authHeader(t, buyer))
    .set("Idempotency-Key", `k-${crypto.randomUUID()}`)
    .send({
      items: [coffee, tea, sauce].map((p) => ({ productId: p.id, quantity: 1 })),
      shippingAddress: address,
      paymentMethod: "vnpay",
      voucherCodes: [ship.code, ten.code],
    });
  expect(res.status).toBe(201);
  expect(res.body.payment.amount).toBe(266_000);
  return { buyer, qt, hn, ship, ten, order: res.body.order, redirectUrl: res.body.payment.redirectUrl as string };
}

describe("vouchers, refunds and expiry", () => {
  it("cancelling a paid, discounted stall order refunds exactly what was paid for it; the uses stay taken", async () => {
    const { qt, hn, ship, ten, order, redirectUrl } = await twoStallVnpayOrder();
    await servicesOf(t.app).gateway.sandbox!.pay(redirectUrl, { outcome: "success" }).ipnDelivered;
    const part = (s: Stall) => order.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === s.id);
    const a = part(qt);
    const cancel = await t.http
      .post(`/api/seller/orders/${a.id}/cancel`)
      .set(authHeader(t, await ownerOf(qt)))
      .send({ reason: "Hết hàng" });
    expect(cancel.status).toBe(200);
    await servicesOf(t.app).payments.flushRefunds();
    const [refund] = await t.ds.getRepository(Refund).findBy({ stallOrderId: a.id });
    // 195.555 − 19.555 (its 10 %) and a shipping fee the market's voucher paid: 176.000 ₫ back, not the list price.
    expect(refund).toMatchObject({ amount: 176_000, transactionType: "03", status: "succeeded" });
    expect(a.items.reduce((s: number, i: { lineTotal: number }) => s + i.lineTotal, 0)).toBe(176_000);
    // The other stall's part is still on; a paid order keeps its uses.
    expect(part(hn).subtotal + part(hn).shippingFee).toBe(90_000);
    expect(await usedOf(ship.id)).toBe(1);
    expect(await usedOf(ten.id)).toBe(1);
  });

  it("an unpaid order that expires gives its uses back once, however often expiry runs", async () => {
    const { ship, ten, buyer, order } = await twoStallVnpayOrder();
    expect(await usedOf(ship.id)).toBe(1);
    clock.advance(16 * 60 * 1000);
    await servicesOf(t.app).payments.expireOverdue();
    await servicesOf(t.app).payments.expireOverdue();
    const view = await t.http.get(`/api/orders/${order.code}`).set(authHeader(t, buyer));
    expect(view.body.order.status).toBe("cancelled");
    expect(await usedOf(ship.id)).toBe(0);
    expect(await usedOf(ten.id)).toBe(0);
    const mine = await t.ds.query(`SELECT used FROM voucher_user_use WHERE user_id = $1 ORDER BY voucher_id`, [buyer.id]);
    expect(mine).toEqual([{ used: 0 }, { used: 0 }]);
  });
});
