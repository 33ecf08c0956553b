import crypto from "node:crypto";
import { Product } from "../catalog/product.entity";
import { User } from "../users/user.entity";
import { authHeader, buildProduct, buildStall, buildUser, TEST_ADDRESS } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
beforeAll(async () => {
  // Behind one proxy hop, so each test can be its own client address for the per-IP lookup limit.
  t = await startTestApp({ env: { TRUST_PROXY: "1" } });
});
afterAll(() => t.close());

let ipSeq = 0;
/** A fresh client address (documentation range). */
const anyIp = () => `203.0.${Math.floor(++ipSeq / 250) % 250}.${(ipSeq % 250) + 1}`;
const randomPhone = () => `09${String(crypto.randomInt(10_000_000, 99_999_999))}`;
const e164 = (local: string) => `+84${local.slice(1)}`;
const cookieOf = (res: { headers: Record<string, unknown> }) =>
  ([res.headers["set-cookie"]].flat() as (string | undefined)[]).find((c) => c?.startsWith("cp_cart="));

/** A cookie cart holding `quantity` of a new product: the `Cookie` header to send and the product. */
async function cookieCart(quantity = 2, price = 80000) {
  const product = await buildProduct(t.ds, { stall: await buildStall(t.ds), stock: 10, price });
  const put = await t.http.put("/api/cart/items").send({ productId: product.id, quantity });
  expect(put.status).toBe(200);
  const cookie = cookieOf(put)!.split(";")[0]!;
  return { cookie, product };
}

/** POST /api/checkout without a token, with the cookie cart (when given) and `body`. */
const guestCheckout = (body: object, cookie?: string, ip = anyIp()) => {
  const req = t.http.post("/api/checkout").set("Idempotency-Key", `guest-${crypto.randomUUID()}`).set("X-Forwarded-For", ip);
  if (cookie) req.set("Cookie", cookie);
  return req.send({ shippingAddress: TEST_ADDRESS, paymentMethod: "cod", ...body });
};

/** A guest order paid by `paymentMethod` from a fresh cookie cart. */
async function guestOrder(phone: string, paymentMethod = "cod", fullName = "Nguyễn Thị Hoa") {
  const { cookie, product } = await cookieCart();
  const res = await guestCheckout({ paymentMethod, guest: { fullName, phone } }, cookie);
  expect(res.status).toBe(201);
  return { res, cookie, product, order: res.body.order as { id: string; code: string; grandTotal: number } };
}

const lookup = (code: string, phone: string, ip = anyIp()) =>
  t.http.get("/api/orders/lookup").query({ code, phone }).set("X-Forwarded-For", ip);

describe("guest checkout (POST /api/checkout without a token)", () => {
  it("buys the cookie cart by COD: a guest buyer per number, stock taken, the cart emptied and its cookie cleared", async () => {
    const phone = randomPhone();
    const { res, cookie, product, order } = await guestOrder(phone);
    expect(res.body.order).toMatchObject({ status: "placed", subtotal: 160000, buyer: { fullName: "Nguyễn Thị Hoa" } });
    expect(res.body.payment).toMatchObject({ method: "cod", status: "unpaid", amount: order.grandTotal });
    expect(cookieOf(res)).toMatch(/^cp_cart=;/);
    expect((await t.ds.getRepository(Product).findOneByOrFail({ id: product.id })).stock).toBe(8);
    expect((await t.http.get("/api/cart").set("Cookie", cookie)).body.cart.itemCount).toBe(0);

    const guest = await t.ds
      .getRepository(User)
      .createQueryBuilder("u")
      .addSelect("u.passwordHash")
      .where({ guestPhoneE164: e164(phone) })
      .getOneOrFail();
    expect(guest).toMatchObject({ email: null, phoneE164: null, passwordHash: null, phone, fullName: "Nguyễn Thị Hoa" });
    // The same number spelled another way is the same guest buyer, named after the latest checkout.
    await guestOrder(`+84 ${phone.slice(1)}`, "cod", "Hoa Nguyễn");
    const rows = await t.ds.getRepository(User).findBy({ guestPhoneE164: e164(phone) });
    expect(rows.map((r) => [r.id, r.fullName])).toEqual([[guest.id, "Hoa Nguyễn"]]);
  });

  it("pays by VNPay: the order waits for the money and the guest gets the payment link", async () => {
    const { res } = await guestOrder(randomPhone(), "vnpay");
    expect(res.body.order.status).toBe("awaiting_payment");
    expect(res.body.payment).toMatchObject({
      method: "vnpay",
      status: "pending",
      redirectUrl: expect.stringMatching(/^https?:\/\//),
    });
  });

  it("pays by bank transfer: VietQR at checkout, and again from /orders/:code/payment with the phone", async () => {
    const phone = randomPhone();
    const { res, order } = await guestOrder(phone, "bank_transfer");
    expect(res.body.order.status).toBe("awaiting_payment");
    const vietqr = res.body.payment.vietqr;
    expect(vietqr).toMatchObject({ amount: order.grandTotal, note: order.code.replace(/-/g, "") });

    const again = await t.http
      .get(`/api/orders/${order.code}/payment`)
      .query({ phone: `84${phone.slice(1)}` })
      .set("X-Forwarded-For", anyIp());
    expect(again.status).toBe(200);
    expect(again.headers["cache-control"]).toBe("no-store");
    expect(again.body.payment).toMatchObject({ method: "bank_transfer", status: "pending", amount: order.grandTotal });
    expect(again.body.payment.vietqr).toMatchObject({ payload: vietqr.payload, note: vietqr.note, accountNo: vietqr.accountNo });

    const wrong = await t.http
      .get(`/api/orders/${order.code}/payment`)
      .query({ phone: randomPhone() })
      .set("X-Forwarded-For", anyIp());
    expect(wrong.status).toBe(404);
    const cod = await guestOrder(phone);
    const notBank = await t.http.get(`/api/orders/${cod.order.code}/payment`).query({ phone }).set("X-Forwarded-For", anyIp());
    expect(notBank.status).toBe(404);
    expect(notBank.body.error.message).toMatch(/not paid by bank transfer/);
  });

  it("refuses bad guest input with a clear 4xx and leaves the cookie cart as it was", async () => {
    const { cookie, product } = await cookieCart();
    const noGuest = await guestCheckout({}, cookie);
    expect(noGuest.status).toBe(401);
    expect(noGuest.body.error.message).toMatch(/Sign in, or check out as a guest/);

    const cases: [object, string][] = [
      [{ fullName: "Nguyễn Thị Hoa" }, "body.guest.phone"],
      [{ fullName: "Nguyễn Thị Hoa", phone: "0123456789" }, "body.guest.phone"],
      [{ fullName: "Nguyễn Thị Hoa", phone: "+1 415 555 0100" }, "body.guest.phone"],
      [{ phone: randomPhone() }, "body.guest.fullName"],
      [{ fullName: " ", phone: randomPhone() }, "body.guest.fullName"],
      [{ fullName: "Nguyễn Thị Hoa", phone: randomPhone(), email: "a@b.vn" }, "body.guest.email"],
    ];
    for (const [guest, path] of cases) {
      const res = await guestCheckout({ guest }, cookie);
      expect({ guest, status: res.status }).toEqual({ guest, status: 400 });
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect(
      (await guestCheckout({ guest: { fullName: "Nguyễn Thị Hoa", phone: "0123456789" } }, cookie)).body.error.message,
    ).toMatch(/Vietnamese mobile number/);

    // Signed in: `guest` is refused rather than silently ignored.
    const member = await buildUser(t.ds);
    const signedIn = await t.http
      .post("/api/checkout")
      .set(authHeader(t, member))
      .set("Idempotency-Key", `guest-${crypto.randomUUID()}`)
      .send({ shippingAddress: TEST_ADDRESS, paymentMethod: "cod", guest: { fullName: "Hoa", phone: randomPhone() } });
    expect(signedIn.status).toBe(400);

    // Without a cookie cart there is nothing to buy.
    const empty = await guestCheckout({ guest: { fullName: "Nguyễn Thị Hoa", phone: randomPhone() } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe("Your cart is empty");

    expect((await t.ds.getRepository(Product).findOneByOrFail({ id: product.id })).stock).toBe(10);
    expect((await t.http.get("/api/cart").set("Cookie", cookie)).body.cart.itemCount).toBe(2);
  });
});

describe("GET /api/orders/lookup", () => {
  it("shows the order for the right code and phone, with the street hidden", async () => {
    const phone = randomPhone();
    const { order } = await guestOrder(phone, "bank_transfer");
    const res = await lookup(order.code, phone);
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body.order).toMatchObject({
      id: order.id,
      code: order.code,
      grandTotal: order.grandTotal,
      shippingAddress: { fullName: TEST_ADDRESS.fullName, province: TEST_ADDRESS.province, ward: TEST_ADDRESS.ward, street: "…" },
      payment: { method: "bank_transfer", status: "pending", vietqr: expect.objectContaining({ amount: order.grandTotal }) },
    });
    expect(JSON.stringify(res.body)).not.toContain(TEST_ADDRESS.street);
    // Lower-case codes work too.
    expect((await lookup(order.code.toLowerCase(), phone)).status).toBe(200);
  });

  it("answers a wrong code, a wrong phone and both with the same 404", async () => {
    const phone = randomPhone();
    const { order } = await guestOrder(phone);
    const other = await guestOrder(randomPhone());
    const answers = [
      await lookup("CP-20250101-AAAA-BBBB", phone),
      await lookup(order.code, randomPhone()),
      await lookup("CP-20250101-AAAA-BBBB", randomPhone()),
      await lookup(other.order.code, phone),
      await lookup(order.code, "0999999999999"),
    ];
    for (const a of answers) expect(a.status).toBe(404);
    for (const a of answers.slice(1)) expect(a.body).toEqual(answers[0]!.body);
    expect(answers[0]!.body.error.message).toBe("No order with this code and phone");
  });

  it("finds the order whichever way the number is written", async () => {
    const phone = randomPhone();
    const { order } = await guestOrder(phone);
    const spellings = [phone, e164(phone), e164(phone).slice(1), `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`];
    for (const spelled of spellings)
      expect({ spelled, status: (await lookup(order.code, spelled)).status }).toEqual({ spelled, status: 200 });
  });

  it("limits each IP to 10 lookups in 10 minutes, right or wrong, answering 429 with Retry-After", async () => {
    const phone = randomPhone();
    const { order } = await guestOrder(phone);
    const ip = anyIp();
    for (let i = 0; i < 10; i++)
      expect((await lookup(order.code, i % 2 ? phone : randomPhone(), ip)).status).toBe(i % 2 ? 200 : 404);
    const limited = await lookup(order.code, phone, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // The payment page counts against the same limit.
    expect((await t.http.get(`/api/orders/${order.code}/payment`).query({ phone }).set("X-Forwarded-For", ip)).status).toBe(429);
    expect((await lookup(order.code, phone)).status).toBe(200);
  });

  it("refuses a malformed query with 400", async () => {
    expect((await t.http.get("/api/orders/lookup").query({ code: "CP-1" }).set("X-Forwarded-For", anyIp())).status).toBe(400);
    expect((await t.http.get("/api/orders/lookup").query({ phone: randomPhone() }).set("X-Forwarded-For", anyIp())).status).toBe(
      400,
    );
  });
});
