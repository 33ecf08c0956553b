import crypto from "node:crypto";
import { Product } from "../catalog/product.entity";
import { Order } from "../orders/order.entity";
import { StallOrder } from "../orders/stall-order.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { Voucher } from "./voucher.entity";
import { authHeader, buildProduct, buildStall, buildUser, TEST_ADDRESS as address, unique } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let admin: User;
beforeAll(async () => {
  t = await startTestApp();
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const checkout = (user: User, body: object, key = `k-${crypto.randomUUID()}`) =>
  t.http.post("/api/checkout").set(authHeader(t, user)).set("Idempotency-Key", key).send(body);
const code = (p: string) => `${p}${unique()}`.slice(0, 24).toUpperCase();
const window = { startsAt: "2026-01-01T00:00:00+07:00", endsAt: "2027-06-01T00:00:00+07:00" };

async function platformVoucher(body: object) {
  const res = await t.http
    .post("/api/admin/vouchers")
    .set(authHeader(t, admin))
    .send({ ...window, ...body });
  expect(res.status).toBe(201);
  return res.body.voucher as { id: string; code: string };
}
async function stallVoucher(stall: Stall, body: object) {
  const owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  const res = await t.http
    .post("/api/seller/vouchers")
    .set(authHeader(t, owner))
    .send({ ...window, ...body });
  expect(res.status).toBe(201);
  return res.body.voucher as { id: string; code: string };
}
const usedOf = async (id: string) => (await t.ds.getRepository(Voucher).findOneByOrFail({ id })).used;

describe("vouchers at checkout", () => {
  it("a market free-shipping voucher and a stall's 10 % in one checkout: totals, items, commission and ledger exact", async () => {
    const buyer = await buildUser(t.ds);
    const qt = await buildStall(t.ds, { province: "quang-tri" });
    const hn = await buildStall(t.ds, { province: "ha-noi" });
    const coffee = await buildProduct(t.ds, { stall: qt, price: 150_000, stock: 5 });
    const tea = await buildProduct(t.ds, { stall: qt, price: 45_555, stock: 5 });
    const sauce = await buildProduct(t.ds, { stall: hn, price: 90_000, stock: 5 });
    const ship = await platformVoucher({ code: code("ship"), kind: "free_shipping", value: 0 });
    const ten = await stallVoucher(qt, { code: code("qt"), kind: "percent", value: 10 });

    const res = await checkout(buyer, {
      items: [
        { productId: coffee.id, quantity: 1 },
        { productId: tea.id, quantity: 1 },
        { productId: sauce.id, quantity: 1 },
      ],
      shippingAddress: address,
      paymentMethod: "cod",
      voucherCodes: [ship.code.toLowerCase(), ten.code],
    });
    expect(res.status).toBe(201);
    const order = res.body.order;
    // Quảng Trị: 195.555 − 10 % (19.555) = 176.000, its 20.000 ₫ fee free; Hà Nội: 90.000, its 35.000 ₫ fee free.
    expect(order).toMatchObject({ subtotal: 266_000, shippingTotal: 0, discountTotal: 74_555, grandTotal: 266_000 });
    const a = order.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === qt.id);
    const b = order.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === hn.id);
    expect(a).toMatchObject({ subtotal: 176_000, shippingFee: 0, discount: 39_555, commission: 8_800 });
    expect(b).toMatchObject({ subtotal: 90_000, shippingFee: 0, discount: 35_000, commission: 4_500 });
    const itemDiscounts = a.items.map((i: { discount: number }) => i.discount);
    expect(itemDiscounts.reduce((s: number, x: number) => s + x, 0)).toBe(19_555);
    for (const i of a.items) expect(i.lineTotal).toBe(i.unitPrice * i.quantity - i.discount);
    expect(await usedOf(ship.id)).toBe(1);
    expect(await usedOf(ten.id)).toBe(1);
    // Owners watch them: orders, discount given, revenue of their part.
    const watched = await t.http.get("/api/admin/vouchers").set(authHeader(t, admin));
    expect(watched.body.items.find((v: { id: string }) => v.id === ship.id).stats).toEqual({
      orders: 1,
      discountGiven: 55_000,
      revenue: 266_000,
    });
    const qtOwner = await t.ds.getRepository(User).findOneByOrFail({ id: qt.ownerId });
    const own = await t.http.get("/api/seller/vouchers").set(authHeader(t, qtOwner));
    expect(own.body.items.find((v: { id: string }) => v.id === ten.id).stats).toEqual({
      orders: 1,
      discountGiven: 19_555,
      revenue: 176_000,
    });

    const parts = await t.ds.getRepository(StallOrder).findBy({ orderId: order.id });
    expect(parts.find((p) => p.stallId === qt.id)!.platformDiscount).toBe(20_000);
    expect(parts.find((p) => p.stallId === hn.id)!.platformDiscount).toBe(35_000);

    // Completed, cash on delivery collected by each stall's carrier: the market pays its voucher in, the stall
    // its commission (on the discounted goods for its own voucher, on the full goods for the market's).
    for (const p of parts) {
      const owner = await t.ds.getRepository(User).findOneByOrFail({ id: p.stallId === qt.id ? qt.ownerId : hn.ownerId });
      for (const [action, body] of [
        ["confirm", {}],
        ["ship", { carrier: "GHN", trackingNumber: `GHN${crypto.randomInt(1e6, 1e7)}` }],
        ["deliver", {}],
      ] as const) {
        const step = await t.http.post(`/api/seller/orders/${p.id}/${action}`).set(authHeader(t, owner)).send(body);
        expect(step.status).toBe(200);
      }
    }
    expect((await t.http.post(`/api/orders/${order.code}/receive`).set(authHeader(t, buyer))).status).toBe(200);
    const ledger = await t.ds.query<{ stall_id: string; kind: string; amount: string }[]>(
      `SELECT stall_id, kind, amount FROM ledger_entry WHERE stall_order_id = ANY($1) ORDER BY kind`,
      [parts.map((p) => p.id)],
    );
    const of = (s: Stall) => Object.fromEntries(ledger.filter((l) => l.stall_id === s.id).map((l) => [l.kind, Number(l.amount)]));
    expect(of(qt)).toEqual({ sale: 176_000, cod_collected: -176_000, platform_voucher: 20_000, commission: -8_800 });
    expect(of(hn)).toEqual({ sale: 90_000, cod_collected: -90_000, platform_voucher: 35_000, commission: -4_500 });
  });

  it("guessing codes is rate-limited per shopper: the 11th unknown code in an hour is 429", async () => {
    const buyer = await buildUser(t.ds);
    const stall = await buildStall(t.ds, { province: "quang-tri" });
    const rice = await buildProduct(t.ds, { stall, price: 100_000, stock: 10 });
    const guess = (c: string) =>
      checkout(buyer, {
        items: [{ productId: rice.id, quantity: 1 }],
        shippingAddress: address,
        paymentMethod: "cod",
        voucherCodes: [c],
      });
    for (let i = 0; i < 10; i++) expect((await guess(`GUESS${i}${unique()}`.slice(0, 20))).status).toBe(422);
    const blocked = await guess("GUESSLAST");
    expect(blocked.status).toBe(429);
    expect(blocked.headers["retry-after"]).toBeTruthy();
  });

  it("30 shoppers race for a 10-use voucher: exactly 10 discounted orders, 20 × 409 naming it, nothing half-applied", async () => {
    const stall = await buildStall(t.ds, { province: "quang-tri" });
    const rice = await buildProduct(t.ds, { stall, price: 100_000, stock: 100 });
    const v = await platformVoucher({ code: code("race"), kind: "fixed", value: 10_000, totalQuantity: 10 });
    const buyers = await Promise.all(Array.from({ length: 30 }, () => buildUser(t.ds)));
    const results = await Promise.all(
      buyers.map((b) =>
        checkout(b, {
          items: [{ productId: rice.id, quantity: 1 }],
          shippingAddress: address,
          paymentMethod: "cod",
          voucherCodes: [v.code],
        }),
      ),
    );
    const ok = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status === 409);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(20);
    for (const r of ok) expect(r.body.order.discountTotal).toBe(10_000);
    for (const r of refused) {
      expect(r.body.error.message).toContain(v.code);
      expect(r.body.error.reason).toBe("used_up");
    }
    expect(await usedOf(v.id)).toBe(10);
    expect((await t.ds.getRepository(Product).findOneByOrFail({ id: rice.id })).stock).toBe(90);
    const orders = await t.ds.query(`SELECT count(*)::int AS n FROM stall_order WHERE stall_id = $1`, [stall.id]);
    expect(orders[0].n).toBe(10);
    const uses = await t.ds.query(`SELECT count(*)::int AS n FROM voucher_use WHERE voucher_id = $1`, [v.id]);
    expect(uses[0].n).toBe(10);
  });

  it("a cancelled unpaid order gives its use back exactly once; the buyer may use it again", async () => {
    const buyer = await buildUser(t.ds);
    const stall = await buildStall(t.ds, { province: "quang-tri" });
    const rice = await buildProduct(t.ds, { stall, price: 100_000, stock: 10 });
    const v = await stallVoucher(stall, { code: code("back"), kind: "fixed", value: 5_000, totalQuantity: 3 });
    const other = await platformVoucher({ code: code("bk"), kind: "percent", value: 5, totalQuantity: 3 });
    const body = {
      items: [{ productId: rice.id, quantity: 1 }],
      shippingAddress: address,
      paymentMethod: "cod",
      voucherCodes: [v.code, other.code],
    };
    const placed = await checkout(buyer, body);
    expect(placed.status).toBe(201);
    expect(await usedOf(v.id)).toBe(1);
    // perUserLimit 1: the same shopper cannot use it twice while the first order holds it.
    const again = await checkout(buyer, body);
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toBe("per_user_limit");

    const cancel = () =>
      t.http.post(`/api/orders/${placed.body.order.code}/cancel`).set(authHeader(t, buyer)).send({ reason: "đổi ý" });
    expect((await cancel()).status).toBe(200);
    expect((await cancel()).status).toBe(409);
    expect(await usedOf(v.id)).toBe(0);
    expect(await usedOf(other.id)).toBe(0);
    const released = await t.ds.query(
      `SELECT count(*)::int AS n FROM voucher_use WHERE order_id = $1 AND released_at IS NOT NULL`,
      [placed.body.order.id],
    );
    expect(released[0].n).toBe(2);
    expect((await checkout(buyer, body)).status).toBe(201);
    expect(await usedOf(v.id)).toBe(1);
  });

  it("refuses a code that does not apply with the reason the shopper reads, writing nothing", async () => {
    const buyer = await buildUser(t.ds);
    const stall = await buildStall(t.ds, { province: "quang-tri" });
    const elsewhere = await buildStall(t.ds, { province: "ha-noi" });
    const rice = await buildProduct(t.ds, { stall, price: 100_000, stock: 10 });
    const otherProduct = await buildProduct(t.ds, { stall, price: 1_000, stock: 10 });
    const cases: [object, number, string][] = [
      [
        { kind: "fixed", value: 1_000, startsAt: "2025-01-01T00:00:00+07:00", endsAt: "2025-02-01T00:00:00+07:00" },
        409,
        "expired",
      ],
      [
        { kind: "fixed", value: 1_000, startsAt: "2030-01-01T00:00:00+07:00", endsAt: "2030-02-01T00:00:00+07:00" },
        409,
        "not_started",
      ],
      [{ kind: "fixed", value: 1_000, minSubtotal: 200_000 }, 409, "below_minimum"],
      [{ kind: "fixed", value: 1_000, productIds: [otherProduct.id] }, 409, "not_applicable"],
    ];
    for (const [over, status, reason] of cases) {
      const v = await platformVoucher({ code: code("no"), ...over });
      const res = await checkout(buyer, {
        items: [{ productId: rice.id, quantity: 1 }],
        shippingAddress: address,
        paymentMethod: "cod",
        voucherCodes: [v.code],
      });
      expect([res.status, res.body.error.reason]).toEqual([status, reason]);
      expect(res.body.error.message).toContain(v.code);
    }
    const paused = await stallVoucher(stall, { code: code("pz"), kind: "fixed", value: 1_000 });
    const owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    await t.http.patch(`/api/seller/vouchers/${paused.id}`).set(authHeader(t, owner)).send({ status: "paused" });
    const foreign = await stallVoucher(elsewhere, { code: code("fx"), kind: "fixed", value: 1_000 });
    for (const [c, status, reason] of [
      [paused.code, 409, "paused"],
      [foreign.code, 409, "not_applicable"],
      ["NO-SUCH-CODE", 422, "unknown"],
    ] as const) {
      const res = await checkout(buyer, {
        items: [{ productId: rice.id, quantity: 1 }],
        shippingAddress: address,
        paymentMethod: "cod",
        voucherCodes: [c],
      });
      expect([res.status, res.body.error.reason]).toEqual([status, reason]);
    }
    expect(await t.ds.getRepository(Order).countBy({ buyerId: buyer.id })).toBe(0);
    expect((await t.ds.getRepository(Product).findOneByOrFail({ id: rice.id })).stock).toBe(10);
  });
});
