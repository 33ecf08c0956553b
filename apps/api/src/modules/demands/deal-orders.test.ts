import { Product } from "../catalog/product.entity";
import type { Category } from "../catalog/category.entity";
import type { User } from "../users/user.entity";
import { BANK_WEBHOOK_PATH, signBankWebhook } from "../payments/bank-notifications";
import { authHeader, buildCategory, buildProduct, buildUser, unique } from "../../../test/factories";
import { type Buyer, demandFixtures, type Seller } from "../../../test/demand-fixtures";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let admin: User;
let category: Category;
beforeAll(async () => {
  // A business's cash on delivery: this market takes up to 1 tỷ đồng per order.
  t = await startTestApp({ env: { COD_MAX_AMOUNT: "1000000000", COMMISSION_RATE_BPS: "300" } });
  admin = await buildUser(t.ds, { role: "admin" });
  category = await buildCategory(t.ds, { name: `Cà phê ${unique()}` });
});
afterAll(() => t.close());

const { buyer, demand, seller, offerId, act } = demandFixtures(
  () => t,
  () => admin,
);
const address = {
  fullName: "Kho Đông Hà — Siêu thị Hòa Bình",
  phone: "0905123456",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "12 Lê Duẩn",
};
const months = [
  { from: "2027-01-01", to: "2027-01-31", quantity: 2000 },
  { from: "2027-02-01", to: "2027-02-28", quantity: 2000 },
  { from: "2027-03-01", to: "2027-03-31", quantity: 2000 },
];
const ordersOf = (b: Buyer, demandId: string, offer: string, body: object = {}) =>
  t.http
    .post(`/api/demands/${demandId}/offers/${offer}/orders`)
    .set(authHeader(t, b.user))
    .send({ paymentMethod: "cod", shippingAddress: address, ...body });
const stockOf = async (id: string) => (await t.ds.getRepository(Product).findOneByOrFail({ id })).stock;
const product = (s: Seller, stock: number) => buildProduct(t.ds, { stall: s.stall, category, stock, price: 250_000 });
const seller$ = (s: Seller, path: string, body: object = {}) =>
  t.http.post(`/api/seller/${path}`).set(authHeader(t, s.owner)).send(body);

/** A demand with one awarded offer of `quantity` from a stall whose product has `stock`. */
async function awarded(
  opts: { quantity?: number; unitPrice?: number; stock?: number; named?: boolean; schedule?: object[] } = {},
) {
  const b = await buyer();
  const s = await seller();
  const p = await product(s, opts.stock ?? 1000);
  const d = await demand(b, { quantity: 6000, deliveries: opts.schedule ?? months });
  const o = await offerId(s, d, {
    quantity: opts.quantity ?? 300,
    unitPrice: opts.unitPrice ?? 180_000,
    ...(opts.named !== false && { productId: p.id }),
  });
  await act(b, d, o, "shortlist").expect(200);
  await act(b, d, o, "award", { quantity: opts.quantity ?? 300 }).expect(200);
  return { b, s, p, d, o };
}

describe("a supermarket's monthly demand becomes delivered orders", () => {
  it("three stalls answer, two are shortlisted, one countered, both awarded, and the awards become orders by delivery", async () => {
    const b = await buyer();
    const d = await demand(b, { quantity: 6000, tolerancePct: 10, deliveries: months, categoryId: category.id });
    const [a, bb, c] = [await seller(), await seller(), await seller()];
    const [pa, pb, pc] = [await product(a, 5000), await product(bb, 3000), await product(c, 2000)];
    const oa = await offerId(a, d, { quantity: 3000, unitPrice: 180_000, productId: pa.id });
    const ob = await offerId(bb, d, { quantity: 3000, unitPrice: 175_000, productId: pb.id });
    await offerId(c, d, { quantity: 2000, unitPrice: 190_000, productId: pc.id });
    await act(b, d, oa, "shortlist").expect(200);
    await act(b, d, ob, "shortlist").expect(200);
    await act(b, d, oa, "counter", { unitPrice: 172_000, quantity: 3000, message: "Giá 172.000 ₫ cho 3 tấn" }).expect(200);
    await act(b, d, oa, "award", { quantity: 3000 }).expect(200);
    await act(b, d, ob, "award", { quantity: 3000 }).expect(200);

    const byBank = await ordersOf(b, d, oa, { paymentMethod: "bank_transfer", note: "Giao giờ hành chính" });
    expect(byBank.status).toBe(201);
    const bank = byBank.body.orders as {
      id: string;
      code: string;
      grandTotal: number;
      status: string;
      payment: { method: string };
      note: string;
      deal: { offerId: string; delivery: { no: number; of: number; from: string; to: string } };
      stallOrders: { id: string; subtotal: number; shippingFee: number; items: { quantity: number; unitPrice: number }[] }[];
    }[];
    expect(bank).toHaveLength(3);
    expect(bank.map((o) => o.deal)).toEqual(
      months.map((m, i) => ({ offerId: oa, delivery: { no: i + 1, of: 3, from: m.from, to: m.to } })),
    );
    for (const o of bank) {
      // Priced as agreed: the countered 172.000 ₫, no shipping on top, awaiting the transfer.
      expect(o).toMatchObject({
        grandTotal: 1000 * 172_000,
        status: "awaiting_payment",
        payment: { method: "bank_transfer", status: "pending" },
      });
      expect(o.note).toBe("Giao giờ hành chính");
      expect(o.stallOrders).toHaveLength(1);
      expect(o.stallOrders[0]!).toMatchObject({ subtotal: 172_000_000, shippingFee: 0 });
      expect(o.stallOrders[0]!.items).toMatchObject([{ quantity: 1000, unitPrice: 172_000 }]);
    }
    const [{ commission, commission_rate_bps }] = await t.ds.query(
      `SELECT commission::int, commission_rate_bps FROM stall_order WHERE id = $1`,
      [bank[0]!.stallOrders[0]!.id],
    );
    expect([commission, commission_rate_bps]).toEqual([Math.round((172_000_000 * 300) / 10_000), 300]);
    expect(await stockOf(pa.id)).toBe(2000);

    const byCash = await ordersOf(b, d, ob);
    expect(byCash.status).toBe(201);
    const cash = byCash.body.orders as typeof bank;
    expect(cash.map((o) => [o.status, o.grandTotal])).toEqual(Array(3).fill(["placed", 1000 * 175_000]));
    expect(await stockOf(pb.id)).toBe(0);
    // The offers know their orders, by delivery; the buyer's order list has them.
    const mine = await t.http.get(`/api/me/demands/${d}`).set(authHeader(t, b.user)).expect(200);
    const offers = (mine.body.demand ?? mine.body).offers as { id: string; orderIds: string[]; product: { id: string } }[];
    expect(offers.find((o) => o.id === oa)).toMatchObject({ orderIds: bank.map((o) => o.id), product: { id: pa.id } });
    expect(offers.find((o) => o.id === ob)!.orderIds).toEqual(cash.map((o) => o.id));

    // The bank's notification pays a transfer order: it is placed, like any paid order.
    const raw = JSON.stringify({
      transactionId: `FT${unique()}`,
      amount: bank[0]!.grandTotal,
      content: bank[0]!.code.replace(/-/g, ""),
      transactedAt: new Date().toISOString(),
    });
    await t.http
      .post(BANK_WEBHOOK_PATH)
      .set("Content-Type", "application/json")
      .set("X-Signature", signBankWebhook(raw, t.config.bankTransfer.webhookSecret))
      .send(raw)
      .expect(200);
    const paid = await t.http.get(`/api/orders/${bank[0]!.code}`).set(authHeader(t, b.user)).expect(200);
    expect(paid.body.order).toMatchObject({ payment: { status: "paid" }, status: "placed" });

    // The cash order goes through the stall's lifecycle to the ledger, commission included.
    const part = cash[0]!.stallOrders[0]!.id;
    await seller$(bb, `orders/${part}/confirm`).expect(200);
    await seller$(bb, `orders/${part}/ship`, { carrier: "Viettel Post", trackingNumber: "VTP123456789" }).expect(200);
    await seller$(bb, `orders/${part}/deliver`).expect(200);
    await t.http.post(`/api/orders/${cash[0]!.code}/receive`).set(authHeader(t, b.user)).send({}).expect(200);
    const ledger = await t.ds.query<{ kind: string; amount: string }[]>(
      `SELECT kind, amount::text FROM ledger_entry WHERE stall_order_id = $1 ORDER BY kind`,
      [part],
    );
    const lines = Object.fromEntries(ledger.map((l) => [l.kind, Number(l.amount)]));
    expect(lines.sale).toBe(175_000_000);
    expect(lines.commission).toBe(-Math.round((175_000_000 * 300) / 10_000));
  });
});

describe("turning an award into orders", () => {
  it("is done once: a second call, even at the same moment, answers the same orders", async () => {
    const { b, d, o, p } = await awarded({ quantity: 300, stock: 1000 });
    const [one, two] = await Promise.all([ordersOf(b, d, o), ordersOf(b, d, o)]);
    expect([one.status, two.status].sort()).toEqual([200, 201]);
    const ids = (r: typeof one) => (r.body.orders as { id: string }[]).map((x) => x.id);
    expect(ids(one)).toEqual(ids(two));
    expect(ids(one)).toHaveLength(3);
    expect(await stockOf(p.id)).toBe(700);
    const again = await ordersOf(b, d, o, { paymentMethod: "bank_transfer" });
    expect(again.status).toBe(200);
    expect(ids(again)).toEqual(ids(one));
  });

  it("splits the award over the deliveries exactly, to the unit and to the đồng", async () => {
    const { b, d, o } = await awarded({ quantity: 1000, unitPrice: 123_457 });
    const res = await ordersOf(b, d, o);
    expect(res.status).toBe(201);
    const orders = res.body.orders as { grandTotal: number; stallOrders: { items: { quantity: number }[] }[] }[];
    expect(orders.map((x) => x.stallOrders[0]!.items[0]!.quantity)).toEqual([334, 333, 333]);
    expect(orders.reduce((s, x) => s + x.grandTotal, 0)).toBe(1000 * 123_457);
  });

  it("is the buyer's only: the stall, another organisation and a stranger get 403, no one signed in 401", async () => {
    const { d, o, s } = await awarded();
    const other = await buyer();
    const stranger = await buildUser(t.ds);
    const body = { paymentMethod: "cod", shippingAddress: address };
    for (const u of [s.owner, other.user, stranger]) {
      const res = await t.http.post(`/api/demands/${d}/offers/${o}/orders`).set(authHeader(t, u)).send(body);
      expect(res.status).toBe(403);
    }
    expect((await t.http.post(`/api/demands/${d}/offers/${o}/orders`).send(body)).status).toBe(401);
  });

  it("refuses an offer that is not awarded (409) and one of another demand (404)", async () => {
    const b = await buyer();
    const s = await seller();
    const p = await product(s, 100);
    const d = await demand(b);
    const o = await offerId(s, d, { productId: p.id });
    const open = await ordersOf(b, d, o);
    expect(open.status).toBe(409);
    expect(open.body.error.message).toMatch(/Only an awarded offer/);
    const elsewhere = await demand(b);
    expect((await ordersOf(b, elsewhere, o)).status).toBe(404);
  });

  it("asks for the product first (422); the stall names one of its own, and then the orders are made", async () => {
    const { b, s, p, d, o } = await awarded({ named: false });
    const unnamed = await ordersOf(b, d, o);
    expect(unnamed.status).toBe(422);
    expect(unnamed.body.error.message).toMatch(/not named the product/);
    const foreign = await buildProduct(t.ds, { category });
    const wrong = await seller$(s, `demand-offers/${o}/product`, { productId: foreign.id });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details[0]).toMatchObject({ path: "body.productId", message: "Not a product of your stall" });
    const named = await seller$(s, `demand-offers/${o}/product`, { productId: p.id });
    expect(named.status).toBe(200);
    expect(named.body.offer.product).toMatchObject({ id: p.id, name: p.name });
    expect((await ordersOf(b, d, o)).status).toBe(201);
    const late = await seller$(s, `demand-offers/${o}/product`, { productId: p.id });
    expect(late.status).toBe(409);
  });

  it("refuses when the stock cannot cover the award, saying what there is, and writes nothing", async () => {
    const { b, d, o, p } = await awarded({ quantity: 300, stock: 120 });
    const res = await ordersOf(b, d, o);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain(`Only 120 ${p.unit} of "${p.name}" in stock; the award needs 300`);
    expect(await stockOf(p.id)).toBe(120);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM customer_order WHERE deal_offer_id = $1`, [o]);
    expect(n).toBe(0);
    // Once the stall has the coffee in stock, the same call succeeds.
    await t.ds.getRepository(Product).update({ id: p.id }, { stock: 300 });
    expect((await ordersOf(b, d, o)).status).toBe(201);
    expect(await stockOf(p.id)).toBe(0);
  });

  it("refuses a delivery above what the payment method takes (422) before anything is written", async () => {
    const { b, d, o, p } = await awarded({ quantity: 1, unitPrice: 1_500_000_000, schedule: [] });
    for (const paymentMethod of ["cod", "bank_transfer"]) {
      const res = await ordersOf(b, d, o, { paymentMethod });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe("payment_amount_out_of_range");
    }
    expect(await stockOf(p.id)).toBe(1000);
  });

  it("validates the request: a payment method the deal does not take, a missing address, unknown fields", async () => {
    const { b, d, o } = await awarded();
    for (const body of [{ paymentMethod: "vnpay" }, { shippingAddress: undefined }, { coupon: "X" }]) {
      const res = await ordersOf(b, d, o, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
  });
});
