import crypto from "node:crypto";
import { Product } from "../catalog/product.entity";
import type { User } from "../users/user.entity";
import { IdempotencyKey } from "./idempotency-key.entity";
import { Order } from "./order.entity";
import { authHeader, buildProduct, buildStall, buildUser, TEST_ADDRESS as address } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  // A market whose carriers collect at most 1.000.000 ₫ in cash.
  t = await startTestApp({ env: { COD_MAX_AMOUNT: "1000000" } });
});
afterAll(() => t.close());

const checkout = (user: User, body: object, key: string) =>
  t.http.post("/api/checkout").set(authHeader(t, user)).set("Idempotency-Key", key).send(body);

/** What a refused checkout must leave untouched. */
async function footprint(buyer: User, product: Product, key: string) {
  return {
    stock: (await t.ds.getRepository(Product).findOneByOrFail({ id: product.id })).stock,
    orders: await t.ds.getRepository(Order).countBy({ buyerId: buyer.id }),
    keys: await t.ds.getRepository(IdempotencyKey).countBy({ userId: buyer.id, key }),
  };
}

describe("checkout within each payment method's limits", () => {
  it("refuses a VNPay order of 1.200.000.000 ₫ with 422 and the allowed range, writing nothing", async () => {
    const buyer = await buildUser(t.ds);
    const stall = await buildStall(t.ds, { province: "quang-tri" });
    const gold = await buildProduct(t.ds, { stall, price: 600_000_000, stock: 5 });
    const key = `k-${crypto.randomUUID()}`;
    const before = await footprint(buyer, gold, key);
    expect(before).toEqual({ stock: 5, orders: 0, keys: 0 });

    const body = { items: [{ productId: gold.id, quantity: 2 }], shippingAddress: address, paymentMethod: "vnpay" };
    const res = await checkout(buyer, body, key);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: "payment_amount_out_of_range",
      message: expect.stringContaining("VNPay takes orders from 5.000 ₫ to 999.999.999 ₫; this order is 1.200.000.000 ₫"),
      details: [{ path: "body.paymentMethod", message: "VNPay takes from 5.000 ₫ to 999.999.999 ₫" }],
    });
    expect(await footprint(buyer, gold, key)).toEqual(before);

    // The key was not left claimed: the same key places a smaller order.
    const ok = await checkout(buyer, { ...body, items: [{ productId: gold.id, quantity: 1 }] }, key);
    expect(ok.status).toBe(201);
    expect(ok.body.payment).toMatchObject({ method: "vnpay", amount: 600_000_000 });
    expect(await footprint(buyer, gold, key)).toEqual({ stock: 4, orders: 1, keys: 1 });
  });

  it("refuses cash on delivery above COD_MAX_AMOUNT and takes an order at the cap", async () => {
    const buyer = await buildUser(t.ds);
    const stall = await buildStall(t.ds, { province: "quang-tri" });
    const honey = await buildProduct(t.ds, { stall, price: 500_000, stock: 10 });
    const key = `k-${crypto.randomUUID()}`;
    const body = { items: [{ productId: honey.id, quantity: 3 }], shippingAddress: address, paymentMethod: "cod" };
    const res = await checkout(buyer, body, key);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("payment_amount_out_of_range");
    expect(res.body.error.message).toMatch(/^Cash on delivery takes orders up to 1\.000\.000 ₫; this order is 1\.500\.000 ₫\./);
    expect(await footprint(buyer, honey, key)).toEqual({ stock: 10, orders: 0, keys: 0 });

    // 2 × 500.000 ₫ ships free: exactly the cap.
    const ok = await checkout(buyer, { ...body, items: [{ productId: honey.id, quantity: 2 }] }, key);
    expect(ok.status).toBe(201);
    expect(ok.body.order.grandTotal).toBe(1_000_000);
    // The same total is fine online.
    const online = await checkout(buyer, { ...body, paymentMethod: "vnpay" }, `k-${crypto.randomUUID()}`);
    expect(online.status).toBe(201);
  });
});
