import { Product } from "../catalog/product.entity";
import { Stall } from "../stalls/stall.entity";
import { authHeader, buildProduct, buildStall, buildUser, DEFAULT_PASSWORD, postCheckout } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  ((res.headers["set-cookie"] as string[] | undefined) ?? []).find((c) => c.startsWith("cp_cart="))?.split(";")[0];

describe("the cart", () => {
  it("keeps a guest cart in a cookie, grouped by stall with subtotals and shipping", async () => {
    const qt = await buildStall(t.ds, { province: "quang-tri" });
    const hn = await buildStall(t.ds, { province: "ha-noi" });
    const coffee = await buildProduct(t.ds, { stall: qt, price: 150000 });
    const pepper = await buildProduct(t.ds, { stall: qt, price: 100000 });
    const honey = await buildProduct(t.ds, { stall: hn, price: 600000 });

    const first = await t.http.put("/api/cart/items").send({ productId: coffee.id, quantity: 2 });
    expect(first.status).toBe(200);
    const cookie = cookieOf(first)!;
    expect(cookie).toBeDefined();
    await t.http.put("/api/cart/items").set("Cookie", cookie).send({ productId: pepper.id, quantity: 1 });
    await t.http.put("/api/cart/items").set("Cookie", cookie).send({ productId: honey.id, quantity: 1 });

    const res = await t.http.get("/api/cart?province=quang-tri").set("Cookie", cookie);
    const { cart } = res.body;
    expect(cart.groups).toHaveLength(2);
    const qtGroup = cart.groups.find((g: { stall: { id: string } }) => g.stall.id === qt.id);
    expect(qtGroup).toMatchObject({ subtotal: 400000, shippingFee: 20000 });
    expect(cart.groups.find((g: { stall: { id: string } }) => g.stall.id === hn.id)).toMatchObject({
      subtotal: 600000,
      shippingFee: 0,
    });
    expect(cart).toMatchObject({
      itemCount: 4,
      subtotal: 1000000,
      shippingTotal: 20000,
      grandTotal: 1020000,
      needsAttention: false,
    });
    expect((await t.http.get("/api/cart").set("Cookie", cookie)).body.cart.shippingTotal).toBe(35000);

    await t.http.put("/api/cart/items").set("Cookie", cookie).send({ productId: pepper.id, quantity: 0 });
    const after = await t.http.delete(`/api/cart/items/${honey.id}`).set("Cookie", cookie);
    expect(after.body.cart.itemCount).toBe(2);
  });

  it("validates quantities and availability", async () => {
    const product = await buildProduct(t.ds, { stock: 3 });
    const draft = await buildProduct(t.ds, { status: "draft" });
    for (const quantity of [-1, 1.5, 100, "2"])
      expect((await t.http.put("/api/cart/items").send({ productId: product.id, quantity })).status).toBe(400);
    expect((await t.http.put("/api/cart/items").send({ productId: product.id, quantity: 4 })).status).toBe(409);
    expect((await t.http.put("/api/cart/items").send({ productId: draft.id, quantity: 1 })).status).toBe(409);
    expect(
      (await t.http.put("/api/cart/items").send({ productId: "00000000-0000-4000-8000-000000000000", quantity: 1 })).status,
    ).toBe(404);
  });

  it("flags price changes, short stock and products that are gone", async () => {
    const user = await buildUser(t.ds);
    const h = authHeader(t, user);
    const stall = await buildStall(t.ds);
    const repriced = await buildProduct(t.ds, { price: 100000, stock: 10 });
    const short = await buildProduct(t.ds, { stock: 5 });
    const gone = await buildProduct(t.ds, { stall });
    for (const [p, q] of [
      [repriced, 1],
      [short, 4],
      [gone, 1],
    ] as const)
      await t.http.put("/api/cart/items").set(h).send({ productId: p.id, quantity: q });
    await t.ds.getRepository(Product).update({ id: repriced.id }, { price: 110000 });
    await t.ds.getRepository(Product).update({ id: short.id }, { stock: 2 });
    await t.ds.getRepository(Stall).update({ id: stall.id }, { status: "suspended" });

    const { cart } = (await t.http.get("/api/cart").set(h)).body;
    const line = (id: string) =>
      cart.groups.flatMap((g: { lines: object[] }) => g.lines).find((l: { productId: string }) => l.productId === id);
    expect(line(repriced.id)).toMatchObject({ unitPrice: 110000, addedPrice: 100000, issues: ["price_changed"] });
    expect(line(short.id).issues).toEqual(["insufficient_stock"]);
    expect(line(gone.id)).toMatchObject({ issues: ["unavailable"], lineTotal: 0 });
    expect(cart.needsAttention).toBe(true);
  });

  it("merges the guest cart into the user's at sign-in", async () => {
    const user = await buildUser(t.ds);
    const a = await buildProduct(t.ds);
    const b = await buildProduct(t.ds);
    await t.http.put("/api/cart/items").set(authHeader(t, user)).send({ productId: a.id, quantity: 2 });
    const guest = await t.http.put("/api/cart/items").send({ productId: a.id, quantity: 3 });
    const cookie = cookieOf(guest)!;
    await t.http.put("/api/cart/items").set("Cookie", cookie).send({ productId: b.id, quantity: 1 });

    const login = await t.http
      .post("/api/auth/login")
      .set("Cookie", cookie)
      .send({ email: user.email, password: DEFAULT_PASSWORD });
    expect(login.status).toBe(200);
    expect((login.headers["set-cookie"] as unknown as string[]).some((c) => c.startsWith("cp_cart=;"))).toBe(true);
    const { cart } = (await t.http.get("/api/cart").set("Authorization", `Bearer ${login.body.accessToken}`)).body;
    const qty = Object.fromEntries(
      cart.groups
        .flatMap((g: { lines: { productId: string; quantity: number }[] }) => g.lines)
        .map((l: { productId: string; quantity: number }) => [l.productId, l.quantity]),
    );
    expect(qty).toEqual({ [a.id]: 5, [b.id]: 1 });
    // The guest cart is gone: the old cookie now shows an empty cart.
    expect((await t.http.get("/api/cart").set("Cookie", cookie)).body.cart.itemCount).toBe(0);
  });

  it('prices one product alone for "Mua ngay", leaving the stored cart as it is, and checkout buys just that line', async () => {
    const user = await buildUser(t.ds);
    const qt = await buildStall(t.ds, { province: "quang-tri" });
    const coffee = await buildProduct(t.ds, { stall: qt, price: 150000, stock: 5 });
    const pepper = await buildProduct(t.ds, { stall: qt, price: 100000, stock: 5 });
    const h = authHeader(t, user);
    await t.http.put("/api/cart/items").set(h).send({ productId: pepper.id, quantity: 1 });

    const res = await t.http.get(`/api/cart?buyNow=${coffee.id}&quantity=2&province=quang-tri`).set(h);
    expect(res.status).toBe(200);
    expect(res.body.cart).toMatchObject({ itemCount: 2, subtotal: 300000, shippingTotal: 20000, grandTotal: 320000 });
    expect(res.body.cart.groups).toHaveLength(1);
    expect(res.body.cart.groups[0].lines).toEqual([
      expect.objectContaining({ productId: coffee.id, quantity: 2, unitPrice: 150000, addedPrice: 150000, issues: [] }),
    ]);
    // More than there is is flagged as in a cart, not refused; a guest may quote too (no cookie is set).
    const short = await t.http.get(`/api/cart?buyNow=${coffee.id}&quantity=9`);
    expect(short.body.cart.groups[0].lines[0].issues).toEqual(["insufficient_stock"]);
    expect(short.headers["set-cookie"]).toBeUndefined();
    const vouchers = await t.http.get(`/api/cart/vouchers?buyNow=${coffee.id}`).set(h);
    expect(vouchers.status).toBe(200);
    for (const bad of ["buyNow=not-a-uuid", `buyNow=${coffee.id}&quantity=0`, `buyNow=${coffee.id}&quantity=100`]) {
      const r = await t.http.get(`/api/cart?${bad}`).set(h);
      expect(r.status).toBe(400);
      expect(r.body.error.message).toEqual(expect.any(String));
    }

    const placed = await postCheckout(t, user, { items: [{ productId: coffee.id, quantity: 2 }] });
    expect(placed.status).toBe(201);
    expect(placed.body.order.grandTotal).toBe(320000);
    const after = (await t.http.get("/api/cart").set(h)).body.cart;
    expect(after.groups.flatMap((g: { lines: { productId: string }[] }) => g.lines.map((l) => l.productId))).toEqual([pepper.id]);
  });
});
