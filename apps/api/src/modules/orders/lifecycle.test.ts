import crypto from "node:crypto";
import { Product } from "../catalog/product.entity";
import { OutboxMessage } from "../notifications/outbox.entity";
import { User } from "../users/user.entity";
import type { Stall } from "../stalls/stall.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let admin: User;
beforeAll(async () => {
  t = await startTestApp();
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const address = {
  fullName: "Lê Văn Nam",
  phone: "0905123456",
  province: "ha-noi",
  ward: "Phường Ba Đình",
  street: "1 Hoàng Diệu",
};
const ownerOf = (s: Stall) => t.ds.getRepository(User).findOneByOrFail({ id: s.ownerId });
const stockOf = async (p: Product) => (await t.ds.getRepository(Product).findOneByOrFail({ id: p.id })).stock;

/** A COD order by a new buyer (or `buyer`) for one product of each given stall. */
async function placeOrder(stalls: Stall[], quantity = 2, buyer?: User) {
  buyer ??= await buildUser(t.ds);
  const products = await Promise.all(stalls.map((stall) => buildProduct(t.ds, { stall, stock: 10 })));
  const res = await t.http
    .post("/api/checkout")
    .set(authHeader(t, buyer))
    .set("Idempotency-Key", `t-${crypto.randomUUID()}`)
    .send({ shippingAddress: address, paymentMethod: "cod", items: products.map((p) => ({ productId: p.id, quantity })) });
  expect(res.status).toBe(201);
  const part = (stall: Stall) =>
    res.body.order.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === stall.id).id as string;
  return { buyer, products, order: res.body.order as { code: string; id: string }, part };
}

const sellerDo = async (stall: Stall, id: string, action: string, body: object = {}) =>
  t.http
    .post(`/api/seller/orders/${id}/${action}`)
    .set(authHeader(t, await ownerOf(stall)))
    .send(body);

describe("the stall order lifecycle", () => {
  it("goes placed → confirmed → shipped → delivered → completed with a full timeline; COD is paid on delivery", async () => {
    const stall = await buildStall(t.ds);
    const { buyer, order, part } = await placeOrder([stall]);
    const id = part(stall);
    expect((await sellerDo(stall, id, "ship", { carrier: "GHN", trackingNumber: "GHN123456" })).status).toBe(409);
    const confirmed = await sellerDo(stall, id, "confirm");
    expect(confirmed.body.stallOrder).toMatchObject({ status: "confirmed", actions: ["ship", "cancel"] });
    expect((await sellerDo(stall, id, "ship", {})).status).toBe(400);
    const shipped = await sellerDo(stall, id, "ship", { carrier: "GHN", trackingNumber: "GHN123456" });
    expect(shipped.body.stallOrder).toMatchObject({
      status: "shipped",
      carrier: "GHN",
      trackingNumber: "GHN123456",
      actions: ["deliver"],
    });
    const delivered = await sellerDo(stall, id, "deliver");
    expect(delivered.body.stallOrder.status).toBe("delivered");
    expect((await sellerDo(stall, id, "deliver")).status).toBe(409);

    const h = authHeader(t, buyer);
    const mid = (await t.http.get(`/api/orders/${order.code}`).set(h)).body.order;
    expect(mid).toMatchObject({ status: "delivered", payment: { status: "paid" } });
    expect(mid.stallOrders[0].actions).toEqual(["receive"]);
    expect((await t.http.post(`/api/orders/${order.code}/cancel`).set(h).send({})).status).toBe(409);

    const done = await t.http.post(`/api/orders/${order.code}/receive`).set(h);
    expect(done.body.order.status).toBe("completed");
    expect(
      done.body.order.timeline.map(
        (e: { from: string | null; to: string; actor: string }) => `${e.actor}:${e.from ?? "-"}>${e.to}`,
      ),
    ).toEqual([
      "buyer:->placed",
      "seller:placed>confirmed",
      "seller:confirmed>shipped",
      "seller:shipped>delivered",
      "buyer:delivered>completed",
    ]);
    const topics = (await t.ds.getRepository(OutboxMessage).find({ where: {}, order: { createdAt: "ASC" } }))
      .filter((m) => (m.payload as { orderId?: string }).orderId === order.id)
      .map((m) => m.topic);
    expect(topics).toEqual(["order.placed", "order.confirmed", "order.shipped", "order.delivered"]);
  });

  it("lets the buyer cancel before confirmation and releases the stock exactly once", async () => {
    const stall = await buildStall(t.ds);
    const { buyer, products, order } = await placeOrder([stall], 3);
    expect(await stockOf(products[0]!)).toBe(7);
    const h = authHeader(t, buyer);
    const cancelled = await t.http.post(`/api/orders/${order.code}/cancel`).set(h).send({ reason: "Đặt nhầm" });
    expect(cancelled.body.order.status).toBe("cancelled");
    expect(await stockOf(products[0]!)).toBe(10);
    expect((await t.http.post(`/api/orders/${order.code}/cancel`).set(h).send({})).status).toBe(409);
    expect(await stockOf(products[0]!)).toBe(10);
  });

  it("releases stock once when buyer and seller cancel at the same moment", async () => {
    const stall = await buildStall(t.ds);
    const { buyer, products, order, part } = await placeOrder([stall], 4);
    const [a, b] = await Promise.all([
      t.http.post(`/api/orders/${order.code}/cancel`).set(authHeader(t, buyer)).send({}),
      sellerDo(stall, part(stall), "cancel", { reason: "Hết hàng tại kho" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await stockOf(products[0]!)).toBe(10);
  });

  it("lets the seller cancel with a reason until shipping, but not the buyer after confirmation", async () => {
    const stall = await buildStall(t.ds);
    const { buyer, products, order, part } = await placeOrder([stall]);
    await sellerDo(stall, part(stall), "confirm");
    expect((await t.http.post(`/api/orders/${order.code}/cancel`).set(authHeader(t, buyer)).send({})).status).toBe(409);
    expect((await sellerDo(stall, part(stall), "cancel", {})).status).toBe(400);
    const res = await sellerDo(stall, part(stall), "cancel", { reason: "Mưa lũ, không giao được" });
    expect(res.body.stallOrder).toMatchObject({ status: "cancelled", cancelReason: "Mưa lũ, không giao được", actions: [] });
    expect(await stockOf(products[0]!)).toBe(10);
  });

  it("derives the order's status from its stall orders", async () => {
    const [s1, s2] = [await buildStall(t.ds), await buildStall(t.ds)];
    const { buyer, order, part } = await placeOrder([s1, s2]);
    await sellerDo(s1, part(s1), "confirm");
    const h = authHeader(t, buyer);
    expect((await t.http.get(`/api/orders/${order.code}`).set(h)).body.order.status).toBe("placed");
    await sellerDo(s2, part(s2), "cancel", { reason: "Hết hàng" });
    expect((await t.http.get(`/api/orders/${order.code}`).set(h)).body.order.status).toBe("confirmed");
  });
});

describe("who sees what", () => {
  it("keeps orders private to their buyer, and stall orders to their stall (404)", async () => {
    const [s1, s2] = [await buildStall(t.ds), await buildStall(t.ds)];
    const { order, part } = await placeOrder([s1]);
    const stranger = await buildUser(t.ds);
    expect((await t.http.get(`/api/orders/${order.code}`).set(authHeader(t, stranger))).status).toBe(404);
    expect((await t.http.post(`/api/orders/${order.code}/cancel`).set(authHeader(t, stranger)).send({})).status).toBe(404);
    expect((await t.http.get(`/api/seller/orders/${part(s1)}`).set(authHeader(t, await ownerOf(s2)))).status).toBe(404);
    expect((await sellerDo(s2, part(s1), "confirm")).status).toBe(404);
    expect((await t.http.get(`/api/seller/orders/${part(s1)}`).set(authHeader(t, stranger))).status).toBe(403);
  });

  it("gives sellers an inbox with counts, buyers a history and admins every order with filters", async () => {
    const stall = await buildStall(t.ds);
    const first = await placeOrder([stall]);
    const second = await placeOrder([stall]);
    await sellerDo(stall, second.part(stall), "confirm");
    const inbox = await t.http.get("/api/seller/orders?status=placed").set(authHeader(t, await ownerOf(stall)));
    expect(inbox.body).toMatchObject({ total: 1, counts: { placed: 1, confirmed: 1 } });
    expect(inbox.body.items[0]).toMatchObject({
      orderCode: first.order.code,
      buyer: { fullName: expect.any(String) },
      shippingAddress: address,
    });

    const history = await t.http.get("/api/orders").set(authHeader(t, first.buyer));
    expect(history.body).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ code: first.order.code, stallCount: 1, itemCount: 2 })],
    });

    const all = await t.http.get(`/api/admin/orders?stall=${stall.slug}`).set(authHeader(t, admin));
    expect(all.body.total).toBe(2);
    const byCode = await t.http.get(`/api/admin/orders?q=${first.order.code}&status=placed`).set(authHeader(t, admin));
    expect(byCode.body.items.map((o: { code: string }) => o.code)).toEqual([first.order.code]);
    expect((await t.http.get("/api/admin/orders").set(authHeader(t, first.buyer))).status).toBe(403);
  });

  it("lists for admins the orders in which a stall's owner bought from their own stall (selfDealing)", async () => {
    const [own, other] = [await buildStall(t.ds), await buildStall(t.ds)];
    const owner = await ownerOf(own);
    const selfBought = await placeOrder([own], 1, owner); // the owner buys from their own stall
    const mixed = await placeOrder([other, own], 1, owner); // one of the stalls is theirs
    const elsewhere = await placeOrder([other], 1, owner); // the owner shopping at another stall
    const honest = await placeOrder([own]);
    const list = async (query: string) => {
      const res = await t.http.get(`/api/admin/orders?${query}`).set(authHeader(t, admin));
      expect(res.status).toBe(200);
      return (res.body.items as { code: string }[]).map((o) => o.code).sort();
    };
    expect(await list(`selfDealing=true&stall=${own.slug}`)).toEqual([selfBought.order.code, mixed.order.code].sort());
    expect(await list(`selfDealing=1&stall=${other.slug}`)).toEqual([mixed.order.code]);
    expect(await list(`selfDealing=false&stall=${other.slug}`)).toEqual([elsewhere.order.code]);
    expect(await list(`selfDealing=false&stall=${own.slug}`)).toEqual([honest.order.code]);
    const everywhere = await list("selfDealing=true&limit=50");
    expect(everywhere).toEqual(expect.arrayContaining([selfBought.order.code, mixed.order.code]));
    expect(everywhere).not.toContain(elsewhere.order.code);
    expect(everywhere).not.toContain(honest.order.code);
    expect((await t.http.get("/api/admin/orders?selfDealing=yes").set(authHeader(t, admin))).status).toBe(400);
    expect((await t.http.get("/api/admin/orders?selfDealing=true").set(authHeader(t, owner))).status).toBe(403);
  });

  it("archives instead of deleting a product that has been ordered", async () => {
    const stall = await buildStall(t.ds);
    const { products } = await placeOrder([stall]);
    const res = await t.http.delete(`/api/seller/products/${products[0]!.id}`).set(authHeader(t, await ownerOf(stall)));
    expect(res.status).toBe(200);
    expect(res.body.product.status).toBe("archived");
  });
});
