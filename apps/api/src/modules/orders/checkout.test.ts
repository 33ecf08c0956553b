import crypto from "node:crypto";
import { CartService } from "../cart/cart.service";
import { Product } from "../catalog/product.entity";
import { OutboxMessage } from "../notifications/outbox.entity";
import { Stall } from "../stalls/stall.entity";
import type { User } from "../users/user.entity";
import { CheckoutService } from "./checkout.service";
import { newOrderCode } from "./order-code";
import { Order } from "./order.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const address = {
  fullName: "Trần Thị Mai",
  phone: "0987654321",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
};
const key = () => `test-${crypto.randomUUID()}`;
const checkout = (user: User, body: object, k = key()) =>
  t.http.post("/api/checkout").set(authHeader(t, user)).set("Idempotency-Key", k).send(body);
const stockOf = async (p: Product) => (await t.ds.getRepository(Product).findOneByOrFail({ id: p.id })).stock;

describe("checkout", () => {
  it("splits one cart across three stalls into stall orders with database prices, fees and commission", async () => {
    const buyer = await buildUser(t.ds);
    const h = authHeader(t, buyer);
    const qt = await buildStall(t.ds, { province: "quang-tri" });
    const hn = await buildStall(t.ds, { province: "ha-noi" });
    const hue = await buildStall(t.ds, { province: "hue" });
    const coffee = await buildProduct(t.ds, { stall: qt, price: 150000, stock: 10 });
    const sauce = await buildProduct(t.ds, { stall: hn, price: 90000, stock: 10 });
    const tea = await buildProduct(t.ds, { stall: hue, price: 600000, stock: 10 });
    for (const [p, q] of [
      [coffee, 2],
      [sauce, 1],
      [tea, 1],
    ] as const)
      await t.http.put("/api/cart/items").set(h).send({ productId: p.id, quantity: q });

    const res = await checkout(buyer, { shippingAddress: address, paymentMethod: "cod", note: "Giao giờ hành chính" });
    expect(res.status).toBe(201);
    const { order, payment } = res.body;
    expect(order.code).toMatch(/^CP-\d{8}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(order).toMatchObject({
      status: "placed",
      subtotal: 990000,
      shippingTotal: 20000 + 35000 + 0,
      grandTotal: 1045000,
      note: "Giao giờ hành chính",
    });
    expect(payment).toEqual({ method: "cod", status: "unpaid", amount: 1045000, redirectUrl: null });
    expect(order.stallOrders).toHaveLength(3);
    const part = order.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === qt.id);
    expect(part).toMatchObject({
      status: "placed",
      subtotal: 300000,
      shippingFee: 20000,
      commission: 15000,
      actions: ["cancel"],
    });
    expect(part.items).toEqual([
      expect.objectContaining({ productId: coffee.id, unitPrice: 150000, quantity: 2, lineTotal: 300000 }),
    ]);
    expect(order.timeline).toHaveLength(3);
    expect([await stockOf(coffee), await stockOf(sauce), await stockOf(tea)]).toEqual([8, 9, 9]);
    expect((await t.http.get("/api/cart").set(h)).body.cart.itemCount).toBe(0);
    expect(await t.ds.getRepository(OutboxMessage).countBy({ topic: "order.placed" })).toBeGreaterThan(0);
    expect((await t.http.get(`/api/orders/${order.code}`).set(h)).body.order.id).toBe(order.id);
  });

  it("buys given items directly and ignores nothing it should not: prices and totals from the client are refused", async () => {
    const buyer = await buildUser(t.ds);
    const p = await buildProduct(t.ds, { price: 200000 });
    const ok = await checkout(buyer, {
      shippingAddress: address,
      paymentMethod: "cod",
      items: [{ productId: p.id, quantity: 1 }],
    });
    expect(ok.status).toBe(201);
    expect(ok.body.order.subtotal).toBe(200000);
    for (const tampered of [
      { shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity: 1, price: 1 }] },
      { shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity: 1 }], total: 1000 },
      { shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity: 1 }], discount: 199000 },
    ])
      expect((await checkout(buyer, tampered)).status).toBe(400);
  });

  it("accepts only integer quantities from 1 to 99", async () => {
    const buyer = await buildUser(t.ds);
    const p = await buildProduct(t.ds, { stock: 1000 });
    for (const quantity of [-1, 0, 1.5, "1e9", 1e9, 2 ** 31, 100, null])
      expect([
        quantity,
        (await checkout(buyer, { shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity }] }))
          .status,
      ]).toEqual([quantity, 400]);
    const twice = await checkout(buyer, {
      shippingAddress: address,
      paymentMethod: "cod",
      items: [
        { productId: p.id, quantity: 60 },
        { productId: p.id, quantity: 60 },
      ],
    });
    expect(twice.status).toBe(400);
    expect(await stockOf(p)).toBe(1000);
  });

  it("needs an Idempotency-Key, a valid address and a non-empty cart", async () => {
    const buyer = await buildUser(t.ds);
    const p = await buildProduct(t.ds);
    const noKey = await t.http
      .post("/api/checkout")
      .set(authHeader(t, buyer))
      .send({ shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity: 1 }] });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.details[0].path).toBe("headers.idempotency-key");
    const bad = await checkout(buyer, {
      shippingAddress: { ...address, phone: "123", province: "saigon" },
      paymentMethod: "bitcoin",
    });
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "body.paymentMethod",
      "body.shippingAddress.phone",
      "body.shippingAddress.province",
    ]);
    expect((await checkout(buyer, { shippingAddress: address, paymentMethod: "cod" })).status).toBe(400);
    expect((await t.http.post("/api/checkout").set("Idempotency-Key", key()).send({})).status).toBe(401);
  });

  it("refuses inactive products and suspended stalls, naming them, and takes nothing", async () => {
    const buyer = await buildUser(t.ds);
    const fine = await buildProduct(t.ds, { stock: 5 });
    const draft = await buildProduct(t.ds, { name: "Trà cà gai leo (nháp)", status: "draft" });
    const stall = await buildStall(t.ds);
    const banned = await buildProduct(t.ds, { stall, name: "Mật ong bị khoá" });
    await t.ds.getRepository(Stall).update({ id: stall.id }, { status: "suspended" });
    const res = await checkout(buyer, {
      shippingAddress: address,
      paymentMethod: "cod",
      items: [
        { productId: fine.id, quantity: 1 },
        { productId: draft.id, quantity: 1 },
        { productId: banned.id, quantity: 1 },
      ],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain("Trà cà gai leo (nháp)");
    expect(res.body.error.message).toContain("Mật ong bị khoá");
    expect(await stockOf(fine)).toBe(5);
  });

  it("puts VNPay orders in awaiting_payment", async () => {
    const buyer = await buildUser(t.ds);
    const p = await buildProduct(t.ds, { stock: 5 });
    const res = await checkout(buyer, {
      shippingAddress: address,
      paymentMethod: "vnpay",
      items: [{ productId: p.id, quantity: 2 }],
    });
    expect(res.status).toBe(201);
    expect(res.body.order.status).toBe("awaiting_payment");
    expect(res.body.payment).toMatchObject({ method: "vnpay", status: "pending" });
    expect(await stockOf(p)).toBe(3);
  });
});

describe("idempotency", () => {
  it("returns the same order for the same key and body, and 422 for another body", async () => {
    const buyer = await buildUser(t.ds);
    const p = await buildProduct(t.ds, { stock: 10 });
    const body = { shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity: 2 }] };
    const k = key();
    const first = await checkout(buyer, body, k);
    const again = await checkout(buyer, { paymentMethod: "cod", items: body.items, shippingAddress: { ...address } }, k);
    expect(again.status).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body.order.code).toBe(first.body.order.code);
    expect(await stockOf(p)).toBe(8);
    const other = await checkout(buyer, { ...body, items: [{ productId: p.id, quantity: 3 }] }, k);
    expect(other.status).toBe(422);
    // Keys belong to their user: another buyer's identical key is a new order.
    expect((await checkout(await buildUser(t.ds), body, k)).body.order.code).not.toBe(first.body.order.code);
  });

  it("makes one order when the same key arrives concurrently", async () => {
    const buyer = await buildUser(t.ds);
    const p = await buildProduct(t.ds, { stock: 10 });
    const body = { shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity: 1 }] };
    const k = key();
    const results = await Promise.all(Array.from({ length: 6 }, () => checkout(buyer, body, k)));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(results.map((r) => r.body.order.code)).size).toBe(1);
    expect(await t.ds.getRepository(Order).countBy({ buyerId: buyer.id })).toBe(1);
    expect(await stockOf(p)).toBe(9);
  });
});

describe("stock under concurrency", () => {
  it("50 concurrent checkouts for stock 10: exactly 10 succeed, the rest get 409 naming the product, stock ends at 0", async () => {
    const p = await buildProduct(t.ds, { name: "Cà phê Khe Sanh giới hạn", stock: 10 });
    const buyers = await Promise.all(Array.from({ length: 50 }, () => buildUser(t.ds)));
    const results = await Promise.all(
      buyers.map((b) =>
        checkout(b, { shippingAddress: address, paymentMethod: "cod", items: [{ productId: p.id, quantity: 1 }] }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(40);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.message).toContain("Cà phê Khe Sanh giới hạn");
    expect(await stockOf(p)).toBe(0);
  });

  it("two products bought in opposite orders concurrently never deadlock into a 500", async () => {
    const a = await buildProduct(t.ds, { stock: 15 });
    const b = await buildProduct(t.ds, { stock: 15 });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => buildUser(t.ds)));
    const results = await Promise.all(
      buyers.map((buyer, i) =>
        checkout(buyer, {
          shippingAddress: address,
          paymentMethod: "cod",
          items:
            i % 2
              ? [
                  { productId: a.id, quantity: 1 },
                  { productId: b.id, quantity: 1 },
                ]
              : [
                  { productId: b.id, quantity: 1 },
                  { productId: a.id, quantity: 1 },
                ],
        }),
      ),
    );
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const ok = results.filter((r) => r.status === 201).length;
    expect(ok).toBe(15);
    expect([await stockOf(a), await stockOf(b)]).toEqual([0, 0]);
  });

  it("retries with a new code when the random code clashes with an existing order, and old-style codes still open", async () => {
    const buyer = await buildUser(t.ds);
    const product = await buildProduct(t.ds, { stock: 5 });
    const first = await checkout(buyer, {
      shippingAddress: address,
      paymentMethod: "cod",
      items: [{ productId: product.id, quantity: 1 }],
    });
    expect(first.status).toBe(201);
    const taken: string = first.body.order.code;
    const drawn: string[] = [];
    // The first two codes drawn are taken; the third is fresh.
    const codes = [taken, taken];
    const clashing = new CheckoutService({
      ds: t.ds,
      cart: new CartService(t.ds),
      clock: { now: () => new Date() },
      defaultCommissionBps: 500,
      newCode: (now) => {
        const code = codes.shift() ?? newOrderCode(now);
        drawn.push(code);
        return code;
      },
    });
    const placed = await clashing.checkout(
      buyer,
      key(),
      { shippingAddress: address, paymentMethod: "cod", items: [{ productId: product.id, quantity: 1 }] },
      "127.0.0.1",
    );
    expect(drawn).toHaveLength(3);
    expect(placed.order.code).toBe(drawn[2]);
    expect(placed.order.code).not.toBe(taken);
    expect(await stockOf(product)).toBe(3); // the rolled-back attempts took no stock

    // An order placed before codes grew (CP-YYYYMMDD-XXXX) is still found by its code.
    await t.ds.getRepository(Order).update({ id: placed.order.id }, { code: "CP-20261128-7Q4K" });
    const old = await t.http.get("/api/orders/CP-20261128-7Q4K").set(authHeader(t, buyer));
    expect(old.status).toBe(200);
    expect(old.body.order.id).toBe(placed.order.id);
  });
});
