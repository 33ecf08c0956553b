import crypto from "node:crypto";
import { Product } from "../catalog/product.entity";
import type { User } from "../users/user.entity";
import { Order } from "./order.entity";
import { authHeader, buildProduct, buildStall, buildUser, postCheckout } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => void (t = await startTestApp()));
afterAll(() => t.close());

const checkout = (user: User, body: object = {}, key?: string) => postCheckout(t, user, body, key);
const reprice = (p: Product, price: number) => t.ds.getRepository(Product).update({ id: p.id }, { price });
const stockOf = async (p: Product) => (await t.ds.getRepository(Product).findOneByOrFail({ id: p.id })).stock;

/** A buyer whose cart holds 2 × a 100.000 ₫ product of a Quảng Trị stall (shipping 20.000 ₫ to Quảng Trị). */
async function cartOf() {
  const buyer = await buildUser(t.ds);
  const stall = await buildStall(t.ds, { province: "quang-tri" });
  const product = await buildProduct(t.ds, { stall, price: 100_000, stock: 10 });
  await t.http.put("/api/cart/items").set(authHeader(t, buyer)).send({ productId: product.id, quantity: 2 });
  return { buyer, product };
}

describe("prices the shopper saw", () => {
  it("refuses a cart whose price rose since it was shown (409 price_changed, nothing written) until the new total is accepted", async () => {
    const { buyer, product } = await cartOf();
    await reprice(product, 120_000);
    const key = `test-${crypto.randomUUID()}`;

    const refused = await checkout(buyer, {}, key);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: "price_changed",
      details: [{ path: `product.${product.id}`, message: expect.stringContaining("120.000 ₫ (was 100.000 ₫)") }],
      priceChange: {
        lines: [{ productId: product.id, name: product.name, quantity: 2, shownPrice: 100_000, unitPrice: 120_000 }],
        grandTotal: 260_000,
      },
    });
    expect(await stockOf(product)).toBe(10);
    expect(await t.ds.getRepository(Order).countBy({ buyerId: buyer.id })).toBe(0);

    // Another total than the server's is still a no; the new one goes through at the new price.
    expect((await checkout(buyer, { expectedTotal: 220_000 })).body.error.code).toBe("price_changed");
    const placed = await checkout(buyer, { expectedTotal: 260_000 }, key);
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ subtotal: 240_000, grandTotal: 260_000 });
    expect(placed.body.order.stallOrders[0].items[0]).toMatchObject({ unitPrice: 120_000, lineTotal: 240_000 });
    expect(await stockOf(product)).toBe(8);
  });

  it("lets a cart through at the new price when it fell", async () => {
    const { buyer, product } = await cartOf();
    await reprice(product, 90_000);
    const placed = await checkout(buyer);
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ subtotal: 180_000, grandTotal: 200_000 });
  });

  it("counts a price the shopper accepted in the cart as seen", async () => {
    const { buyer, product } = await cartOf();
    await reprice(product, 120_000);
    // "Accept the new price" in the cart puts the line again, which records the price shown.
    await t.http.put("/api/cart/items").set(authHeader(t, buyer)).send({ productId: product.id, quantity: 2 });
    expect((await checkout(buyer)).status).toBe(201);
  });

  it("holds a direct purchase to the total the shopper accepted, when they send one", async () => {
    const buyer = await buildUser(t.ds);
    const product = await buildProduct(t.ds, { stall: await buildStall(t.ds, { province: "quang-tri" }), price: 50_000 });
    const items = [{ productId: product.id, quantity: 1 }];
    expect((await checkout(buyer, { items, expectedTotal: 60_000 })).body.error).toMatchObject({
      code: "price_changed",
      priceChange: { lines: [], grandTotal: 70_000 },
    });
    expect((await checkout(buyer, { items, expectedTotal: 80_000 })).status).toBe(201);
    expect((await checkout(buyer, { items, expectedTotal: 70_000 })).status).toBe(201);
    expect((await checkout(buyer, { items })).status).toBe(201);
  });
});
