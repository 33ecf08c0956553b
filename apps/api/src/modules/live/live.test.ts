import crypto from "node:crypto";
import { LIVE_IDENTITY_REASON } from "@chophien/contracts";
import type { Product } from "../catalog/product.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { authHeader, buildGrant, buildProduct, buildStall, buildUser, TEST_ADDRESS } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { servicesOf } from "../../app";

let t: TestApp;
let admin: User;
beforeAll(async () => {
  t = await startTestApp();
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const ownerOf = (stall: Stall) => t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
const plan = (over: object = {}) => ({
  title: "Phiên chợ OCOP Quảng Trị",
  startsAt: new Date(Date.now() + HOUR).toISOString(),
  endsAt: new Date(Date.now() + 3 * HOUR).toISOString(),
  platform: "tiktok",
  streamUrl: "https://www.tiktok.com/@doanthanhnienquangtri/live",
  ...over,
});
const as = (user: User) => authHeader(t, user);
const verify = (user: User) =>
  t.http
    .post(`/api/admin/users/${user.id}/verify-identity`)
    .set(as(admin))
    .send({ documentType: "cccd", note: "Đã đối chiếu CCCD" });

/** A stall with a verified owner, a product and a scheduled session it hosts with one offer. */
async function scene(
  opts: { stock?: number; quantity?: number; perBuyerLimit?: number; price?: number; livePrice?: number } = {},
) {
  const stall = await buildStall(t.ds);
  const owner = await ownerOf(stall);
  const product = await buildProduct(t.ds, { stall, stock: opts.stock ?? 10, price: opts.price ?? 150_000 });
  const created = await t.http.post("/api/seller/live-sessions").set(as(owner)).send(plan());
  expect(created.status).toBe(201);
  const session = created.body.session as { id: string; slug: string };
  const offer = await t.http
    .post(`/api/seller/live-sessions/${session.id}/offers`)
    .set(as(owner))
    .send({
      productId: product.id,
      livePrice: opts.livePrice ?? 99_000,
      quantity: opts.quantity ?? 5,
      ...(opts.perBuyerLimit && { perBuyerLimit: opts.perBuyerLimit }),
    });
  expect(offer.status).toBe(201);
  return { stall, owner, product, session, offer: offer.body.offer as { id: string; code: string } };
}
const start = (owner: User, id: string) => t.http.post(`/api/seller/live-sessions/${id}/start`).set(as(owner)).send({});
const end = (owner: User, id: string) => t.http.post(`/api/seller/live-sessions/${id}/end`).set(as(owner)).send({});
const stockOf = async (p: Product) =>
  (await t.ds.query<{ stock: number }[]>(`SELECT stock FROM product WHERE id = $1`, [p.id]))[0]!.stock;
const buy = (user: User, slug: string, body: object = {}, key = `live-${crypto.randomUUID()}`) =>
  t.http
    .post(`/api/live-sessions/${slug}/orders`)
    .set(as(user))
    .set("Idempotency-Key", key)
    .send({ code: "A1", quantity: 1, shippingAddress: TEST_ADDRESS, paymentMethod: "cod", ...body });

describe("planning a session", () => {
  it("a stall plans a scheduled session with a slug; it invites an approved stall, which accepts before offering", async () => {
    const { owner, session } = await scene();
    const other = await buildStall(t.ds);
    const otherOwner = await ownerOf(other);
    const product = await buildProduct(t.ds, { stall: other, price: 80_000 });
    const offer = (u: User) =>
      t.http
        .post(`/api/seller/live-sessions/${session.id}/offers`)
        .set(as(u))
        .send({ productId: product.id, livePrice: 70_000, quantity: 3 });
    expect((await offer(otherOwner)).status).toBe(404);
    const invited = await t.http
      .post(`/api/seller/live-sessions/${session.id}/invitations`)
      .set(as(owner))
      .send({ stallId: other.id });
    expect(invited.status).toBe(201);
    expect(invited.body.session.stalls.map((s: { status: string; host: boolean }) => [s.status, s.host])).toEqual([
      ["accepted", true],
      ["invited", false],
    ]);
    expect((await offer(otherOwner)).status).toBe(409);
    // Only the host invites, starts or pins.
    expect((await start(otherOwner, session.id)).status).toBe(403);
    expect((await t.http.post(`/api/seller/live-sessions/${session.id}/accept`).set(as(otherOwner)).send({})).status).toBe(200);
    const made = await offer(otherOwner);
    expect(made.status).toBe(201);
    expect(made.body.offer).toMatchObject({ code: "A2", livePrice: 70_000, regularPrice: 80_000, quantity: 3 });

    const pending = await buildStall(t.ds, { status: "pending" });
    expect(
      (await t.http.post(`/api/seller/live-sessions/${session.id}/invitations`).set(as(owner)).send({ stallId: pending.id }))
        .status,
    ).toBe(422);
  });

  it("the host stall's followers are mailed about the planned session, one outbox row each, in its transaction", async () => {
    const stall = await buildStall(t.ds);
    const owner = await ownerOf(stall);
    const followers = [await buildUser(t.ds), await buildUser(t.ds)];
    for (const f of followers)
      expect((await t.http.post(`/api/stalls/${stall.slug}/follow`).set(as(f)).send({})).status).toBeLessThan(300);
    const created = await t.http
      .post("/api/seller/live-sessions")
      .set(as(owner))
      .send(plan({ title: "Tiêu Cam Lộ mùa mới" }));
    expect(created.status).toBe(201);
    const rows = await t.ds.query<{ user_id: string; slug: string }[]>(
      `SELECT payload->>'userId' AS user_id, payload->>'slug' AS slug FROM outbox
        WHERE topic = 'follows.live_session' AND payload->>'stallId' = $1 ORDER BY 1`,
      [stall.id],
    );
    expect(rows).toEqual(
      followers
        .map((f) => ({ user_id: f.id, slug: created.body.session.slug }))
        .sort((a, b) => a.user_id.localeCompare(b.user_id)),
    );
    // A refused plan mails nobody.
    const refused = await t.http
      .post("/api/seller/live-sessions")
      .set(as(owner))
      .send(plan({ endsAt: new Date(Date.now() - HOUR).toISOString() }));
    expect(refused.status).toBe(400);
    const after = await t.ds.query(`SELECT 1 FROM outbox WHERE topic = 'follows.live_session' AND payload->>'stallId' = $1`, [
      stall.id,
    ]);
    expect(after).toHaveLength(2);
  });

  it("refuses an end before its start (400) and moves only as the machine says (409)", async () => {
    const stall = await buildStall(t.ds);
    const owner = await ownerOf(stall);
    const bad = await t.http
      .post("/api/seller/live-sessions")
      .set(as(owner))
      .send(plan({ endsAt: new Date(Date.now() - HOUR).toISOString() }));
    expect(bad.status).toBe(400);
    const { session } = (await t.http.post("/api/seller/live-sessions").set(as(owner)).send(plan())).body as {
      session: { id: string };
    };
    expect((await end(owner, session.id)).status).toBe(409);
    expect(
      (await t.http.post(`/api/seller/live-sessions/${session.id}/cancel`).set(as(owner)).send({})).body.session.status,
    ).toBe("cancelled");
    expect((await start(owner, session.id)).status).toBe(409);
  });

  it("an admin hosts a session for the whole market and invites stalls", async () => {
    const created = await t.http
      .post("/api/admin/live-sessions")
      .set(as(admin))
      .send(plan({ title: "Phiên chợ Tuổi trẻ khởi nghiệp" }));
    expect(created.status).toBe(201);
    expect(created.body.session).toMatchObject({ hostStallId: null, status: "scheduled", stalls: [] });
    const stall = await buildStall(t.ds);
    const inv = await t.http
      .post(`/api/admin/live-sessions/${created.body.session.id}/invitations`)
      .set(as(admin))
      .send({ stallId: stall.id });
    expect(inv.status).toBe(201);
    // A shopper is not an admin.
    expect(
      (
        await t.http
          .post("/api/admin/live-sessions")
          .set(as(await buildUser(t.ds)))
          .send(plan())
      ).status,
    ).toBe(403);
  });
});

describe("the identity rule", () => {
  it("a session starts only when an admin verified its host's identity: else 403 naming the rule", async () => {
    const { owner, session } = await scene();
    const refused = await start(owner, session.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.reason).toBe(LIVE_IDENTITY_REASON);
    expect(refused.body.error.message).toMatch(/E-commerce Law/);
    const decided = await verify(owner);
    expect(decided.status).toBe(201);
    expect(decided.body.decision).toMatchObject({ userId: owner.id, adminId: admin.id, action: "verify", documentType: "cccd" });
    expect((await start(owner, session.id)).status).toBe(200);
    // Only admins verify.
    expect(
      (
        await t.http
          .post(`/api/admin/users/${owner.id}/verify-identity`)
          .set(as(owner))
          .send({ documentType: "cccd", note: "tự xác minh" })
      ).status,
    ).toBe(403);
  });
});

describe("offers and the price rule", () => {
  it("codes run A1, A2… in the session", async () => {
    const { owner, stall, session } = await scene();
    const p = await buildProduct(t.ds, { stall, price: 50_000 });
    const res = await t.http
      .post(`/api/seller/live-sessions/${session.id}/offers`)
      .set(as(owner))
      .send({ productId: p.id, livePrice: 45_000, quantity: 2 });
    expect(res.body.offer.code).toBe("A2");
    // The same product twice: 409.
    const again = await t.http
      .post(`/api/seller/live-sessions/${session.id}/offers`)
      .set(as(owner))
      .send({ productId: p.id, livePrice: 45_000, quantity: 2 });
    expect(again.status).toBe(409);
  });

  it("the live price must be below the price and not above the lowest price of the last 30 days (422)", async () => {
    const { owner, stall, session } = await scene();
    const p = await buildProduct(t.ds, { stall, price: 100_000 });
    const offer = (livePrice: number) =>
      t.http
        .post(`/api/seller/live-sessions/${session.id}/offers`)
        .set(as(owner))
        .send({ productId: p.id, livePrice, quantity: 2 });
    expect((await offer(100_000)).status).toBe(422);
    expect((await offer(120_000)).status).toBe(422);
    // The seller raised the price for the show: the lowest of 30 days (100.000 ₫) still rules.
    const raised = await t.http.patch(`/api/seller/products/${p.id}`).set(as(owner)).send({ price: 150_000 });
    expect(raised.status).toBe(200);
    const history = await t.ds.query<
      {
        price: string;
      }[]
    >(`SELECT price FROM product_price WHERE product_id = $1 ORDER BY created_at`, [p.id]);
    expect(history.map((h) => Number(h.price))).toEqual([100_000, 150_000]);
    const over = await offer(120_000);
    expect(over.status).toBe(422);
    expect(over.body.error.message).toMatch(/lowest price of the last 30 days/);
    // A price older than 30 days no longer counts, but the one in force 30 days ago does.
    await t.ds.query(
      `UPDATE product_price SET created_at = now() - interval '40 days' WHERE product_id = $1 AND price = 100000`,
      [p.id],
    );
    await t.ds.query(
      `UPDATE product_price SET created_at = now() - interval '35 days' WHERE product_id = $1 AND price = 150000`,
      [p.id],
    );
    expect((await offer(120_000)).status).toBe(201);
  });
});

describe("held stock", () => {
  it("start holds each offer's units (as many as there are, and says so); end returns the unsold ones once", async () => {
    const { owner, product, session, stall } = await scene({ stock: 10, quantity: 4 });
    const short = await buildProduct(t.ds, { stall, stock: 2, price: 60_000 });
    await t.http
      .post(`/api/seller/live-sessions/${session.id}/offers`)
      .set(as(owner))
      .send({ productId: short.id, livePrice: 50_000, quantity: 5 });
    await verify(owner);
    const started = await start(owner, session.id);
    expect(started.status).toBe(200);
    expect(started.body.session.status).toBe("live");
    expect(started.body.offers.map((o: { code: string; held: number; short: boolean }) => [o.code, o.held, o.short])).toEqual([
      ["A1", 4, false],
      ["A2", 2, true],
    ]);
    expect(await stockOf(product)).toBe(6);
    expect(await stockOf(short)).toBe(0);
    // The rest of the stock sells as usual; the held units only through the session.
    const shopper = await buildUser(t.ds);
    expect((await buy(shopper, session.slug, { quantity: 3 })).status).toBe(201);
    expect(await stockOf(product)).toBe(6);
    const ended = await end(owner, session.id);
    expect(ended.status).toBe(200);
    expect(await stockOf(product)).toBe(7);
    expect(await stockOf(short)).toBe(2);
    expect((await end(owner, session.id)).status).toBe(409);
    expect(await stockOf(product)).toBe(7);
  });

  it("the end job at endsAt ends a live session and returns its units exactly once, however many processes sweep", async () => {
    const { owner, product, session } = await scene({ stock: 10, quantity: 5 });
    await verify(owner);
    await start(owner, session.id);
    await t.ds.query(`UPDATE live_session SET ends_at = now() - interval '1 second' WHERE id = $1`, [session.id]);
    const other = await startTestApp({ ds: undefined });
    try {
      const sweeps = await Promise.all([
        servicesOf(t.app).live.sessions.endDue(),
        servicesOf(other.app).live.sessions.endDue(),
        servicesOf(t.app).live.sessions.endDue(),
      ]);
      expect(sweeps.reduce((s, n) => s + n, 0)).toBe(1);
    } finally {
      await other.close();
    }
    expect(await stockOf(product)).toBe(10);
    expect((await t.http.get(`/api/live-sessions/${session.slug}`)).body.session.status).toBe("ended");
  });
});

describe("buying live", () => {
  it("at the live price through checkout, only while live (409 before the start and after the end)", async () => {
    const { owner, session, product } = await scene({ price: 150_000, livePrice: 99_000 });
    const shopper = await buildUser(t.ds);
    expect((await buy(shopper, session.slug)).status).toBe(409);
    await verify(owner);
    await start(owner, session.id);
    const key = `live-${crypto.randomUUID()}`;
    const res = await buy(shopper, session.slug, { quantity: 2 }, key);
    expect(res.status).toBe(201);
    expect(res.body.order.stallOrders[0].items[0]).toMatchObject({
      productId: product.id,
      unitPrice: 99_000,
      quantity: 2,
      lineTotal: 198_000,
    });
    expect(res.body.order.subtotal).toBe(198_000);
    const [row] = await t.ds.query<
      {
        live_session_id: string;
        live_offer_code: string;
      }[]
    >(`SELECT live_session_id, live_offer_code FROM customer_order WHERE id = $1`, [res.body.order.id]);
    expect(row).toEqual({ live_session_id: session.id, live_offer_code: "A1" });
    expect(res.body.order).toMatchObject({ liveSessionId: session.id, liveOfferCode: "A1" });
    // The same key again: the same order, no second purchase.
    const replay = await buy(shopper, session.slug, { quantity: 2 }, key);
    expect(replay.status).toBe(200);
    expect(replay.body.order.id).toBe(res.body.order.id);
    const view = await t.http.get(`/api/live-sessions/${session.slug}`);
    expect(view.body.offers[0]).toMatchObject({ code: "A1", livePrice: 99_000, regularPrice: 150_000, remaining: 3 });
    // Admins list the session's orders.
    const listed = await t.http.get("/api/admin/orders").query({ liveSession: session.id }).set(as(admin));
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((o: { id: string }) => o.id)).toEqual([res.body.order.id]);
    await end(owner, session.id);
    expect((await buy(shopper, session.slug)).status).toBe(409);
    expect((await buy(shopper, session.slug, { code: "Z9" })).status).toBe(404);
  });

  it("8 buyers racing for 5 held units: exactly 5 orders, nothing oversold", async () => {
    const { owner, session, product } = await scene({ stock: 5, quantity: 5 });
    await verify(owner);
    await start(owner, session.id);
    const buyers = await Promise.all(Array.from({ length: 8 }, () => buildUser(t.ds)));
    const results = await Promise.all(buyers.map((b) => buy(b, session.slug)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 201, 201, 409, 409, 409]);
    const [offer] = await t.ds.query<
      {
        held: number;
        taken: number;
      }[]
    >(`SELECT held, taken FROM live_offer WHERE session_id = $1`, [session.id]);
    expect(offer).toEqual({ held: 5, taken: 5 });
    expect(await stockOf(product)).toBe(0);
    const orders = await t.ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM customer_order WHERE live_session_id = $1`, [
      session.id,
    ]);
    expect(orders[0]!.n).toBe(5);
  });

  it("one buyer's concurrent requests stay within the per-buyer limit", async () => {
    const { owner, session } = await scene({ stock: 20, quantity: 20, perBuyerLimit: 2 });
    await verify(owner);
    await start(owner, session.id);
    const shopper = await buildUser(t.ds);
    const results = await Promise.all(Array.from({ length: 5 }, () => buy(shopper, session.slug)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.message).toMatch(/At most 2 of A1 per buyer/);
    expect((await buy(await buildUser(t.ds), session.slug, { quantity: 2 })).status).toBe(201);
  });
});

describe("drafts from comments", () => {
  it("a draft still holding units when the session ends gives them to the product when it expires, once", async () => {
    const { owner, session, product } = await scene({ stock: 10, quantity: 5 });
    await verify(owner);
    await start(owner, session.id);
    const pasted = await t.http
      .post(`/api/seller/live-sessions/${session.id}/comments`)
      .set(as(owner))
      .send({ lines: ["A1 2 0905123456 Nguyễn Văn A", "A1 2 0905123456 nguyen van a"] });
    expect(pasted.body).toEqual({ created: 1, rejected: [] });
    await end(owner, session.id);
    expect(await stockOf(product)).toBe(5 + 3);
    await t.ds.query(`UPDATE live_draft SET expires_at = now() - interval '1 second' WHERE session_id = $1`, [session.id]);
    const drafts = servicesOf(t.app).live.drafts;
    const [one, two] = await Promise.all([drafts.expireDue(), drafts.expireDue()]);
    expect(one + two).toBeGreaterThanOrEqual(1);
    expect(await stockOf(product)).toBe(10);
    await drafts.expireDue();
    expect(await stockOf(product)).toBe(10);
  });

  it("comments are taken only while live (409)", async () => {
    const { owner, session } = await scene();
    const res = await t.http
      .post(`/api/seller/live-sessions/${session.id}/comments`)
      .set(as(owner))
      .send({ lines: ["A1 1 0905123456"] });
    expect(res.status).toBe(409);
  });
});

describe("the acting-stall context", () => {
  it("a helper with the live scope plans for the stall (audited); without it, 403", async () => {
    const stall = await buildStall(t.ds);
    const { helper } = await buildGrant(t.ds, stall, { scopes: ["live"] });
    const ok = await t.http
      .post("/api/seller/live-sessions")
      .set({ ...as(helper), "X-Acting-For-Stall": stall.id })
      .send(plan());
    expect(ok.status).toBe(201);
    const audits = await t.ds.query<{ route: string }[]>(`SELECT route FROM stall_audit WHERE stall_id = $1`, [stall.id]);
    expect(audits.map((a) => a.route)).toEqual(["POST /seller/live-sessions"]);
    const { helper: other } = await buildGrant(t.ds, stall, { scopes: ["catalog"] });
    const no = await t.http
      .post("/api/seller/live-sessions")
      .set({ ...as(other), "X-Acting-For-Stall": stall.id })
      .send(plan());
    expect(no.status).toBe(403);
  });
});
