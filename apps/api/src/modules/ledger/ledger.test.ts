import crypto from "node:crypto";
import type supertest from "supertest";
import { LedgerResponse, PayoutList, PayoutResponse, StallResponse } from "@chophien/contracts";
import { servicesOf } from "../../app";
import { isUniqueViolation } from "../../db/errors";
import { StallOrder } from "../orders/stall-order.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { recordCompletedStallOrder } from "./ledger";
import { formatDong } from "./ledger.service";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let http: ReturnType<typeof supertest>;
let admin: User;
let shopper: User;

beforeAll(async () => {
  // Listening, so the VNPay sandbox can deliver its IPN and online orders get paid for real.
  t = await startTestApp({ listen: true });
  http = t.http;
  admin = await buildUser(t.ds, { role: "admin" });
  shopper = await buildUser(t.ds);
});
afterAll(() => t.close());

const DEFAULT_BPS = 500;
const address = {
  fullName: "Lê Văn Nam",
  phone: "0905123456",
  province: "ha-noi",
  ward: "Phường Ba Đình",
  street: "1 Hoàng Diệu",
};

type Method = "cod" | "vnpay";
interface Part {
  id: string;
  subtotal: number;
  shippingFee: number;
  commission: number;
  method: Method;
}
/** What a completed stall order adds to its stall's balance: goods + shipping − commission when paid online; for
 * cash its own carrier collected (COD, the default), only − commission. */
const net = (p: Part) => (p.method === "cod" ? 0 : p.subtotal + p.shippingFee) - p.commission;
/** What it adds to the money the market holds for the stall. */
const heldOf = (p: Part) => (p.method === "cod" ? 0 : p.subtotal + p.shippingFee);
const commissionAt = (subtotal: number, bps: number) => Math.round((subtotal * bps) / 10_000);

const owners = new Map<string, User>();
async function ownerOf(s: Stall): Promise<User> {
  const known = owners.get(s.id);
  if (known) return known;
  const owner = await t.ds.getRepository(User).findOneByOrFail({ id: s.ownerId });
  owners.set(s.id, owner);
  return owner;
}

/**
 * A checkout through the API by a new buyer (or `opts.buyer`) for one product (`quantity` of it) of each given
 * stall; a VNPay order is paid through the sandbox (its IPN) before this returns.
 */
async function placeOrder(stalls: Stall[], quantity = 2, opts: { method?: Method; buyer?: User; app?: TestApp } = {}) {
  const app = opts.app ?? t;
  const method = opts.method ?? "cod";
  const buyer = opts.buyer ?? (await buildUser(t.ds));
  const products = await Promise.all(stalls.map((stall) => buildProduct(t.ds, { stall, stock: 50 })));
  const res = await app.http
    .post("/api/checkout")
    .set(authHeader(app, buyer))
    .set("Idempotency-Key", `t-${crypto.randomUUID()}`)
    .send({ shippingAddress: address, paymentMethod: method, items: products.map((p) => ({ productId: p.id, quantity })) });
  expect(res.status).toBe(201);
  if (method === "vnpay") {
    const paid = await servicesOf(app.app).gateway.sandbox!.pay(res.body.payment.redirectUrl, { outcome: "success" })
      .ipnDelivered;
    expect(paid).toMatchObject({ delivered: true, lastResponse: { rspCode: "00" } });
  }
  const part = (stall: Stall): Part => ({
    ...res.body.order.stallOrders.find((p: { stall: { id: string } }) => p.stall.id === stall.id),
    method,
  });
  return { buyer, code: res.body.order.code as string, part };
}

const sellerDo = async (stall: Stall, id: string, action: string, body: object = {}, app: TestApp = t) => {
  const res = await app.http
    .post(`/api/seller/orders/${id}/${action}`)
    .set(authHeader(app, await ownerOf(stall)))
    .send(body);
  expect(res.status).toBe(200);
};

/** The seller's steps up to `delivered`, or only as far as `upTo`. */
async function advance(stall: Stall, part: Part, upTo: "confirm" | "ship" | "deliver" = "deliver", app: TestApp = t) {
  await sellerDo(stall, part.id, "confirm", {}, app);
  if (upTo === "confirm") return;
  await sellerDo(stall, part.id, "ship", { carrier: "GHN", trackingNumber: `GHN${crypto.randomInt(1e6, 1e7)}` }, app);
  if (upTo === "ship") return;
  await sellerDo(stall, part.id, "deliver", {}, app);
}

/** The buyer confirms receipt: every delivered part of the order completes. */
const receive = (buyer: User, code: string, app: TestApp = t) =>
  app.http.post(`/api/orders/${code}/receive`).set(authHeader(app, buyer));

async function statement(stall: Stall, query = "", app: TestApp = t) {
  const res = await app.http.get(`/api/seller/ledger${query}`).set(authHeader(app, await ownerOf(stall)));
  expect(res.status).toBe(200);
  return LedgerResponse.parse(res.body);
}

const payout = (stallId: string, amount: number, reference = `FT${crypto.randomInt(1e9, 1e10)}`, app: TestApp = t) =>
  app.http.post("/api/admin/payouts").set(authHeader(app, admin)).send({ stallId, amount, reference });

const setRate = (stall: Stall, commissionRateBps: number | null, who: User = admin) =>
  http.patch(`/api/admin/stalls/${stall.id}/commission`).set(authHeader(t, who)).send({ commissionRateBps });

/** A stall with one completed order paid online, through the API; returns its stall order. */
async function stallWithSales(): Promise<{ stall: Stall; part: Part }> {
  const stall = await buildStall(t.ds);
  const { buyer, code, part } = await placeOrder([stall], 2, { method: "vnpay" });
  await advance(stall, part(stall));
  expect((await receive(buyer, code)).status).toBe(200);
  return { stall, part: part(stall) };
}

/** The balance a statement should show for these completed parts, payouts and delivered parts. */
const balanceOf = (completed: Part[], paidOut = 0, delivered: Part[] = []) => {
  const available = completed.reduce((s, p) => s + net(p), 0) - paidOut;
  const held = completed.reduce((s, p) => s + heldOf(p), 0) - paidOut;
  return {
    available,
    held,
    payable: Math.max(0, Math.min(available, held)),
    pendingSales: delivered.reduce((s, p) => s + net(p), 0),
  };
};

describe("booking completed stall orders", () => {
  it("books an online sale and its commission once per completed stall order, at the stall's override or the default", async () => {
    const [s1, s2] = [await buildStall(t.ds), await buildStall(t.ds)];
    expect(StallResponse.parse((await setRate(s1, 1000)).body).stall.commissionRateBps).toBe(1000);
    const { buyer, code, part } = await placeOrder([s1, s2], 2, { method: "vnpay" });
    const [p1, p2] = [part(s1), part(s2)];
    expect(p1.commission).toBe(commissionAt(p1.subtotal, 1000));
    expect(p2.commission).toBe(commissionAt(p2.subtotal, DEFAULT_BPS));

    await advance(s1, p1);
    await advance(s2, p2);
    expect(await statement(s1)).toMatchObject({ items: [], total: 0, balance: balanceOf([], 0, [p1]) });

    expect((await receive(buyer, code)).status).toBe(200);
    for (const [stall, p, bps] of [
      [s1, p1, 1000],
      [s2, p2, DEFAULT_BPS],
    ] as const) {
      const st = await statement(stall);
      expect(st.total).toBe(2);
      expect(st.balance).toEqual(balanceOf([p]));
      expect(st.balance.payable).toBe(net(p));
      const byKind = Object.fromEntries(st.items.map((e) => [e.kind, e]));
      expect(byKind.sale).toMatchObject({
        amount: p.subtotal + p.shippingFee,
        stallOrderId: p.id,
        orderCode: code,
        payoutId: null,
      });
      expect(byKind.commission).toMatchObject({
        amount: -commissionAt(p.subtotal, bps),
        stallOrderId: p.id,
        orderCode: code,
        note: `${bps / 100}%`,
      });
    }

    // Completing again is refused, and booking the same stall order again changes nothing.
    expect((await receive(buyer, code)).status).toBe(409);
    const so = await t.ds.getRepository(StallOrder).findOneByOrFail({ id: p1.id });
    await recordCompletedStallOrder(t.ds.manager, so, "stall");
    await t.ds.transaction((m) => recordCompletedStallOrder(m, so, "platform"));
    expect(await statement(s1)).toMatchObject({ total: 2, balance: { available: net(p1) } });
    // The unique index itself refuses a second sale line for the stall order.
    const err: unknown = await t.ds
      .query(`INSERT INTO ledger_entry (stall_id, kind, amount, stall_order_id) VALUES ($1, 'sale', 1, $2)`, [s1.id, p1.id])
      .then(() => null)
      .catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it("books cash on delivery as collected by the stall: sale, cash collected, and only the commission owed", async () => {
    const stall = await buildStall(t.ds);
    const { buyer, code, part } = await placeOrder([stall], 3);
    const p = part(stall);
    const gross = p.subtotal + p.shippingFee;
    await advance(stall, p);
    // Delivered: completing it will only book the commission.
    expect((await statement(stall)).balance).toEqual({ available: 0, held: 0, payable: 0, pendingSales: -p.commission });
    expect((await receive(buyer, code)).status).toBe(200);

    const st = await statement(stall);
    expect(st.total).toBe(3);
    expect(Object.fromEntries(st.items.map((e) => [e.kind, [e.amount, e.orderCode]]))).toEqual({
      sale: [gross, code],
      cod_collected: [-gross, code],
      commission: [-p.commission, code],
    });
    expect(st.balance).toEqual({ available: -p.commission, held: 0, payable: 0, pendingSales: 0 });
    // Booking it again (whatever the setting says now) adds nothing; the index refuses a second cash line.
    const so = await t.ds.getRepository(StallOrder).findOneByOrFail({ id: p.id });
    await recordCompletedStallOrder(t.ds.manager, so, "stall");
    expect((await statement(stall)).total).toBe(3);
    const err: unknown = await t.ds
      .query(`INSERT INTO ledger_entry (stall_id, kind, amount, stall_order_id) VALUES ($1, 'cod_collected', -1, $2)`, [
        stall.id,
        p.id,
      ])
      .then(() => null)
      .catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it("applies a commission override only to orders placed afterwards; null goes back to the platform default", async () => {
    const stall = await buildStall(t.ds);
    const before = await placeOrder([stall], 3);
    expect((await setRate(stall, 800)).status).toBe(200);
    const after = await placeOrder([stall], 1, { method: "vnpay" });
    const cleared = await setRate(stall, null);
    expect(StallResponse.parse(cleared.body).stall.commissionRateBps).toBe(DEFAULT_BPS);
    expect((await t.ds.getRepository(Stall).findOneByOrFail({ id: stall.id })).commissionRateBps).toBeNull();

    const [a, b] = [before.part(stall), after.part(stall)];
    for (const o of [before, after]) {
      await advance(stall, o.part(stall));
      expect((await receive(o.buyer, o.code)).status).toBe(200);
    }
    const rates = await t.ds.getRepository(StallOrder).find({ where: [{ id: a.id }, { id: b.id }] });
    expect(Object.fromEntries(rates.map((r) => [r.id, r.commissionRateBps]))).toEqual({ [a.id]: DEFAULT_BPS, [b.id]: 800 });
    const commissions = (await statement(stall)).items.filter((e) => e.kind === "commission");
    expect(Object.fromEntries(commissions.map((e) => [e.stallOrderId, e.amount]))).toEqual({
      [a.id]: -commissionAt(a.subtotal, DEFAULT_BPS),
      [b.id]: -commissionAt(b.subtotal, 800),
    });
  });

  it("validates commission overrides and keeps them to admins", async () => {
    const stall = await buildStall(t.ds);
    for (const bad of [10_001, -1, 2.5, "500"]) expect((await setRate(stall, bad as number)).status).toBe(400);
    const patch = (body: object) => http.patch(`/api/admin/stalls/${stall.id}/commission`).set(authHeader(t, admin)).send(body);
    expect((await patch({})).status).toBe(400);
    expect((await patch({ commissionRateBps: 500, reason: "x" })).status).toBe(400);
    expect(
      (await http.patch("/api/admin/stalls/nope/commission").set(authHeader(t, admin)).send({ commissionRateBps: 1 })).status,
    ).toBe(400);
    expect(
      (
        await http
          .patch(`/api/admin/stalls/${crypto.randomUUID()}/commission`)
          .set(authHeader(t, admin))
          .send({ commissionRateBps: 1 })
      ).status,
    ).toBe(404);
    expect((await setRate(stall, 0, await ownerOf(stall))).status).toBe(403);
    expect((await setRate(stall, 0, shopper)).status).toBe(403);
    expect((await http.patch(`/api/admin/stalls/${stall.id}/commission`).send({ commissionRateBps: 0 })).status).toBe(401);
    const zero = await setRate(stall, 0);
    expect(zero.status).toBe(200);
    expect(zero.body.stall).toMatchObject({ id: stall.id, commissionRateBps: 0 });
  });

  it("books nothing for a cancelled stall order and shows delivered money as pending until completion", async () => {
    const [s1, s2] = [await buildStall(t.ds), await buildStall(t.ds)];
    const { buyer, code, part } = await placeOrder([s1, s2], 2, { method: "vnpay" });
    await sellerDo(s2, part(s2).id, "cancel", { reason: "Hết hàng tại kho" });
    await advance(s1, part(s1));
    expect((await statement(s1)).balance).toEqual(balanceOf([], 0, [part(s1)]));
    expect((await statement(s2)).balance).toEqual(balanceOf([]));

    expect((await receive(buyer, code)).status).toBe(200);
    expect((await statement(s1)).balance).toEqual(balanceOf([part(s1)]));
    expect(await statement(s2)).toMatchObject({ items: [], total: 0, balance: balanceOf([]) });
  });

  it("pages the statement newest first", async () => {
    const { stall, part } = await stallWithSales();
    expect((await payout(stall.id, 1000, "FT-PAGE-1")).status).toBe(201);
    const first = await statement(stall, "?limit=1");
    expect(first).toMatchObject({ total: 3, page: 1, limit: 1, items: [{ kind: "payout", amount: -1000, note: "FT-PAGE-1" }] });
    const [second, third] = [await statement(stall, "?page=2&limit=1"), await statement(stall, "?page=3&limit=1")];
    expect([...second.items, ...third.items].map((e) => e.kind).sort()).toEqual(["commission", "sale"]);
    expect((await statement(stall, "?page=2&limit=2")).items).toHaveLength(1);
    expect(third.balance.available).toBe(net(part) - 1000);
    expect((await http.get("/api/seller/ledger?limit=0").set(authHeader(t, await ownerOf(stall)))).status).toBe(400);
  });
});

describe("cash on delivery and payouts", () => {
  it("a seller buying from their own stall COD and driving it to completed mints nothing a payout can take", async () => {
    const stall = await buildStall(t.ds);
    const seller = await ownerOf(stall);
    const { code, part } = await placeOrder([stall], 5, { buyer: seller });
    const p = part(stall);
    await advance(stall, p);
    expect((await receive(seller, code)).status).toBe(200);

    const res = await payout(stall.id, p.subtotal + p.shippingFee);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: "unprocessable",
      message: `Only 0 ₫ can be paid out: the stall owes ${formatDong(p.commission)} ₫ commission on cash-on-delivery sales its own carrier collected`,
      details: [{ path: "body.amount", message: "At most 0" }],
    });
    expect((await payout(stall.id, 1)).status).toBe(422);
    const st = await statement(stall);
    expect(st.balance).toEqual({ available: -p.commission, held: 0, payable: 0, pendingSales: 0 });
    expect(st.items.some((e) => e.kind === "payout")).toBe(false);
    expect((await t.ds.query(`SELECT 1 FROM payout WHERE stall_id = $1`, [stall.id])).length).toBe(0);
  });

  it("nets the commission owed on COD sales against online sales; payouts never exceed what the market holds", async () => {
    const stall = await buildStall(t.ds);
    const cod = await placeOrder([stall], 4);
    const online = await placeOrder([stall], 1, { method: "vnpay" });
    for (const o of [cod, online]) {
      await advance(stall, o.part(stall));
      expect((await receive(o.buyer, o.code)).status).toBe(200);
    }
    const [c, v] = [cod.part(stall), online.part(stall)];
    const expected = balanceOf([c, v]);
    expect(expected.available).toBe(v.subtotal + v.shippingFee - v.commission - c.commission);
    expect(expected.held).toBe(v.subtotal + v.shippingFee);
    expect((await statement(stall)).balance).toEqual(expected);

    // The online sale net of its own commission is more than the stall may take: the COD commission comes off it.
    const tooMuch = await payout(stall.id, v.subtotal + v.shippingFee - v.commission);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.message).toBe(
      `Only ${formatDong(expected.payable)} ₫ can be paid out: that is the stall's balance (online sales less commission and payouts)`,
    );
    expect((await payout(stall.id, expected.payable, "FT-NET-1")).status).toBe(201);
    expect((await statement(stall)).balance).toEqual({
      available: 0,
      held: c.commission + v.commission,
      payable: 0,
      pendingSales: 0,
    });
    expect((await payout(stall.id, 1)).status).toBe(422);
  });

  it("with COD_REMITTED_BY=platform, the market's carrier remits the cash and COD sales book like online ones", async () => {
    const platform = await startTestApp({ env: { COD_REMITTED_BY: "platform" } });
    try {
      expect(platform.config.codRemittedBy).toBe("platform");
      const stall = await buildStall(t.ds);
      const { buyer, code, part } = await placeOrder([stall], 2, { app: platform });
      const p = { ...part(stall), method: "vnpay" as const }; // books as if paid online
      await advance(stall, p, "deliver", platform);
      expect((await statement(stall, "", platform)).balance.pendingSales).toBe(net(p));
      expect((await receive(buyer, code, platform)).status).toBe(200);
      const st = await statement(stall, "", platform);
      expect(st.items.map((e) => e.kind).sort()).toEqual(["commission", "sale"]);
      expect(st.balance).toEqual(balanceOf([p]));
      expect((await payout(stall.id, net(p), "FT-PLATFORM-1", platform)).status).toBe(201);
    } finally {
      await platform.close();
    }
  });
});

describe("payouts", () => {
  it("reduce the balance, are listed for admins and the seller, and never exceed the payable balance", async () => {
    const { stall, part } = await stallWithSales();
    const balance = net(part);

    const tooMuch = await payout(stall.id, balance + 1);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.message).toBe(
      `Only ${formatDong(balance)} ₫ can be paid out: that is the stall's balance (online sales less commission and payouts)`,
    );

    const res = await payout(stall.id, 100_000, "FT25112800001");
    expect(res.status).toBe(201);
    const first = PayoutResponse.parse(res.body).payout;
    expect(first).toMatchObject({
      stall: { id: stall.id, slug: stall.slug, name: stall.name },
      amount: 100_000,
      reference: "FT25112800001",
      createdBy: { id: admin.id, fullName: admin.fullName },
    });
    const st = await statement(stall);
    // Admins read the same statement for any stall before paying it out.
    const seen = await http.get(`/api/admin/stalls/${stall.id}/ledger`).set(authHeader(t, admin));
    expect(seen.body).toEqual(st);
    expect((await http.get(`/api/admin/stalls/${stall.id}/ledger`).set(authHeader(t, await ownerOf(stall)))).status).toBe(403);
    expect(
      (await http.get(`/api/admin/stalls/00000000-0000-4000-8000-000000000000/ledger`).set(authHeader(t, admin))).status,
    ).toBe(404);
    expect(st.items[0]).toMatchObject({
      kind: "payout",
      amount: -100_000,
      payoutId: first.id,
      stallOrderId: null,
      orderCode: null,
    });
    expect(st.balance).toEqual(balanceOf([part], 100_000));

    // The same bank transfer recorded twice (a double click) is refused.
    expect((await payout(stall.id, 1, "FT25112800001")).status).toBe(409);

    const second = PayoutResponse.parse((await payout(stall.id, balance - 100_000, "FT25112800002")).body).payout;
    expect((await statement(stall)).balance).toMatchObject({ available: 0, payable: 0, held: part.commission });
    const empty = await payout(stall.id, 1);
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toMatch(/^Only 0 ₫ can be paid out: /);

    const listed = PayoutList.parse((await http.get(`/api/admin/payouts?stall=${stall.slug}`).set(authHeader(t, admin))).body);
    expect(listed).toMatchObject({ total: 2, page: 1 });
    expect(listed.items.map((p) => p.id)).toEqual([second.id, first.id]);
    const all = PayoutList.parse((await http.get("/api/admin/payouts?limit=60").set(authHeader(t, admin))).body);
    expect(all.items.map((p) => p.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect((await http.get("/api/admin/payouts?stall=khong-co").set(authHeader(t, admin))).body.total).toBe(0);
    const received = PayoutList.parse((await http.get("/api/seller/payouts").set(authHeader(t, await ownerOf(stall)))).body);
    expect(received.items.map((p) => p.id)).toEqual([second.id, first.id]);
  });

  it("refuses bad input, unknown stalls and non-admins", async () => {
    const { stall } = await stallWithSales();
    const post = (body: object, who: User = admin) => http.post("/api/admin/payouts").set(authHeader(t, who)).send(body);
    const ok = { stallId: stall.id, amount: 1000, reference: "FT-123" };
    for (const bad of [
      { ...ok, amount: 0 },
      { ...ok, amount: -5 },
      { ...ok, amount: 1.5 },
      { ...ok, amount: "1000" },
      { ...ok, reference: "ab" },
      { ...ok, reference: "x".repeat(101) },
      { ...ok, stallId: "nope" },
      { ...ok, extra: true },
      { stallId: stall.id, amount: 1000 },
    ])
      expect((await post(bad)).status).toBe(400);
    expect((await post({ ...ok, stallId: crypto.randomUUID() })).status).toBe(404);
    expect((await post(ok, await ownerOf(stall))).status).toBe(403);
    expect((await post(ok, shopper)).status).toBe(403);
    expect((await http.post("/api/admin/payouts").send(ok)).status).toBe(401);
    expect((await http.get("/api/admin/payouts").set(authHeader(t, await ownerOf(stall)))).status).toBe(403);
    expect((await statement(stall)).total).toBe(2);
  });

  it("cannot be overdrawn by concurrent payouts", async () => {
    const { stall, part } = await stallWithSales();
    const balance = net(part);
    const amount = Math.floor(balance / 3) + 1; // three would overdraw; ten ask for more than three times the balance
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => payout(stall.id, amount, `FT-RACE-${i}`)));
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 422)).toBe(true);
    const paid = statuses.filter((s) => s === 201).length;
    expect(paid * amount).toBeLessThanOrEqual(balance);
    expect(paid).toBe(2); // serialized by the stall lock, every payout that fits succeeds
    const st = await statement(stall);
    expect(st.balance.available).toBe(balance - paid * amount);
    expect(st.balance.available).toBeGreaterThanOrEqual(0);
    const [row] = await t.ds.query<{ n: number; sum: string }[]>(
      `SELECT count(*)::int AS n, COALESCE(SUM(amount), 0)::text AS sum FROM payout WHERE stall_id = $1`,
      [stall.id],
    );
    expect(row).toEqual({ n: paid, sum: String(paid * amount) });
  });
});

describe("reconciliation", () => {
  it("keeps every stall's ledger exact with COD and online orders mixed, refunds and payouts", async () => {
    const [s1, s2, s3, s4] = [await buildStall(t.ds), await buildStall(t.ds), await buildStall(t.ds), await buildStall(t.ds)];
    expect((await setRate(s1, 1200)).status).toBe(200);

    // o1 (COD): both parts completed.
    const o1 = await placeOrder([s1, s2]);
    await advance(s1, o1.part(s1));
    await advance(s2, o1.part(s2));
    expect((await receive(o1.buyer, o1.code)).status).toBe(200);
    // o2 (VNPay): s3 completed, s2 cancelled after payment (refunded), then s1 delivered but not completed.
    const o2 = await placeOrder([s1, s2, s3], 3, { method: "vnpay" });
    await sellerDo(s2, o2.part(s2).id, "cancel", { reason: "Hết hàng tại kho" });
    await advance(s3, o2.part(s3));
    expect((await receive(o2.buyer, o2.code)).status).toBe(200);
    await advance(s1, o2.part(s1));
    // o3 (COD): still in flight (s1 placed, s3 shipped).
    const o3 = await placeOrder([s1, s3], 1);
    await advance(s3, o3.part(s3), "ship");
    // o4 (VNPay) and o5 (COD): completed, for s2 only; o6 (COD) delivered for s4, whose only money is owed.
    const o4 = await placeOrder([s2], 4, { method: "vnpay" });
    const o5 = await placeOrder([s2], 2);
    for (const o of [o4, o5]) {
      await advance(s2, o.part(s2));
      expect((await receive(o.buyer, o.code)).status).toBe(200);
    }
    const o6 = await placeOrder([s4], 1);
    await advance(s4, o6.part(s4));
    // s4's COD sale completed: it owes commission and holds nothing.
    const o7 = await placeOrder([s4], 2);
    await advance(s4, o7.part(s4));
    expect((await receive(o7.buyer, o7.code)).status).toBe(200);

    // The refund of the cancelled paid part is queued, and books nothing in s2's ledger.
    const [refund] = await t.ds.query<{ amount: string }[]>(`SELECT amount::text FROM refund WHERE stall_order_id = $1`, [
      o2.part(s2).id,
    ]);
    expect(Number(refund!.amount)).toBe(o2.part(s2).subtotal + o2.part(s2).shippingFee);

    expect((await payout(s1.id, 50_000)).status).toBe(422); // s1's only completed sale was cash it collected
    expect((await payout(s2.id, 120_000)).status).toBe(201);
    expect((await payout(s2.id, 30_000)).status).toBe(201);
    expect((await payout(s3.id, 10_000)).status).toBe(201);
    expect((await payout(s4.id, 1)).status).toBe(422);

    const stallIds = [s1.id, s2.id, s3.id, s4.id];
    for (const stall of [s1, s2, s3, s4]) {
      // Worked out from the orders and payouts alone, not from the ledger.
      const [x] = await t.ds.query<{ owed: string; held: string; payouts: string; pending: string }[]>(
        `SELECT
           (SELECT COALESCE(SUM(CASE WHEN o.payment_method = 'cod' THEN 0 ELSE so.subtotal + so.shipping_fee END - so.commission), 0)
              FROM stall_order so JOIN customer_order o ON o.id = so.order_id WHERE so.stall_id = $1 AND so.status = 'completed')::text AS owed,
           (SELECT COALESCE(SUM(so.subtotal + so.shipping_fee), 0)
              FROM stall_order so JOIN customer_order o ON o.id = so.order_id
             WHERE so.stall_id = $1 AND so.status = 'completed' AND o.payment_method = 'vnpay'
               AND EXISTS (SELECT 1 FROM payment pm WHERE pm.order_id = o.id AND pm.status = 'paid'))::text AS held,
           (SELECT COALESCE(SUM(amount), 0) FROM payout WHERE stall_id = $1)::text AS payouts,
           (SELECT COALESCE(SUM(CASE WHEN o.payment_method = 'cod' THEN 0 ELSE so.subtotal + so.shipping_fee END - so.commission), 0)
              FROM stall_order so JOIN customer_order o ON o.id = so.order_id WHERE so.stall_id = $1 AND so.status = 'delivered')::text AS pending`,
        [stall.id],
      );
      const [ledger] = await t.ds.query<{ sum: string }[]>(
        `SELECT COALESCE(SUM(amount), 0)::text AS sum FROM ledger_entry WHERE stall_id = $1`,
        [stall.id],
      );
      const paidOut = Number(x!.payouts);
      const available = Number(x!.owed) - paidOut;
      const held = Number(x!.held) - paidOut;
      expect(Number(ledger!.sum)).toBe(available);
      expect(paidOut).toBeLessThanOrEqual(Number(x!.held)); // never more than buyers paid the market
      expect(held).toBeGreaterThanOrEqual(0);
      const st = await statement(stall, "?limit=50");
      expect(st.balance).toEqual({
        available,
        held,
        payable: Math.max(0, Math.min(available, held)),
        pendingSales: Number(x!.pending),
      });
      // The seller's statement lines add up to its balance, and the admins read the very same answer.
      expect(st.items.reduce((s, e) => s + e.amount, 0)).toBe(available);
      expect((await http.get(`/api/admin/stalls/${stall.id}/ledger?limit=50`).set(authHeader(t, admin))).body).toEqual(st);
    }
    expect((await statement(s1)).balance).toMatchObject({ available: -o1.part(s1).commission, held: 0, payable: 0 });
    expect((await statement(s1)).balance.pendingSales).toBe(net(o2.part(s1)));
    expect((await statement(s4)).balance).toEqual({
      available: -o7.part(s4).commission,
      held: 0,
      payable: 0,
      pendingSales: -o6.part(s4).commission,
    });

    // Per completed stall order: sale + commission, and a cash line exactly when the stall collected it (COD).
    const wrong = await t.ds.query<{ id: string }[]>(
      `SELECT so.id FROM stall_order so
       JOIN customer_order o ON o.id = so.order_id
       LEFT JOIN ledger_entry e ON e.stall_order_id = so.id
       WHERE so.stall_id = ANY($1)
       GROUP BY so.id, so.status, o.payment_method, so.subtotal, so.shipping_fee, so.commission
       HAVING count(e.id) <> CASE WHEN so.status <> 'completed' THEN 0 WHEN o.payment_method = 'cod' THEN 3 ELSE 2 END
           OR COALESCE(SUM(e.amount) FILTER (WHERE e.kind = 'sale'), 0) <> CASE WHEN so.status = 'completed' THEN so.subtotal + so.shipping_fee ELSE 0 END
           OR COALESCE(SUM(e.amount) FILTER (WHERE e.kind = 'cod_collected'), 0) <> CASE WHEN so.status = 'completed' AND o.payment_method = 'cod' THEN -(so.subtotal + so.shipping_fee) ELSE 0 END
           OR COALESCE(SUM(e.amount) FILTER (WHERE e.kind = 'commission'), 0) <> CASE WHEN so.status = 'completed' THEN -so.commission ELSE 0 END`,
      [stallIds],
    );
    expect(wrong).toEqual([]);
  });
});

describe("who sees what", () => {
  it("shows a seller only their own stall's ledger and payouts; others get 401/403", async () => {
    const [s1, s2] = [await buildStall(t.ds), await buildStall(t.ds)];
    const { buyer, code, part } = await placeOrder([s1, s2], 2, { method: "vnpay" });
    await advance(s1, part(s1));
    await advance(s2, part(s2));
    expect((await receive(buyer, code)).status).toBe(200);
    expect((await payout(s1.id, 10_000)).status).toBe(201);

    const mine = await statement(s2);
    expect(mine.total).toBe(2);
    expect(mine.items.every((e) => e.stallOrderId === part(s2).id)).toBe(true);
    expect(mine.balance.available).toBe(net(part(s2)));
    const owner2 = authHeader(t, await ownerOf(s2));
    expect((await http.get("/api/seller/payouts").set(owner2)).body.total).toBe(0);
    expect((await http.get(`/api/seller/ledger?stallId=${s1.id}`).set(owner2)).status).toBe(400);
    expect((await http.get(`/api/seller/payouts?stall=${s1.slug}`).set(owner2)).status).toBe(400);

    const pending = await buildStall(t.ds, { status: "pending" });
    for (const url of ["/api/seller/ledger", "/api/seller/payouts"]) {
      expect((await http.get(url).set(authHeader(t, shopper))).status).toBe(403);
      expect((await http.get(url).set(authHeader(t, await ownerOf(pending)))).status).toBe(403);
      expect((await http.get(url)).status).toBe(401);
    }
  });
});
