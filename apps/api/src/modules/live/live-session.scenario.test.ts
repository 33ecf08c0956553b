import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { authHeader, buildProduct, buildStall, buildUser, TEST_ADDRESS } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, TEST_JWT_SECRET, type TestApp } from "../../../test/harness";
import { servicesOf } from "../../app";
import { createDataSource } from "../../db/data-source";
import type { Mailer } from "../../lib/mail/mailer";
import { createOutboxSms, readSmsOutbox } from "../../lib/sms/sms";
import type { Product } from "../catalog/product.entity";
import { dispatchOutbox } from "../notifications/notifications.service";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import pino from "pino";
import { createJobs } from "../../lib/jobs/jobs";
import { LIVE_SWEEP_QUEUE, startLiveJobs } from "./live-jobs";

/**
 * A union-run session with three stalls goes live, viewers buy at live prices from their phones while comments
 * become confirmed orders, nothing is oversold, unsold stock goes back, and the report shows what it sold.
 */
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let t: TestApp;
let smsDir: string;
beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds });
  smsDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-live-sms-"));
});
afterAll(async () => {
  await t.close();
  await db.drop();
  fs.rmSync(smsDir, { recursive: true, force: true });
});

const mailer: Mailer = { send: () => Promise.resolve() };
const stockOf = async (p: Product) =>
  (await ds.query<{ stock: number }[]>(`SELECT stock FROM product WHERE id = $1`, [p.id]))[0]!.stock;
const ownerOf = (s: Stall) => ds.getRepository(User).findOneByOrFail({ id: s.ownerId });

it("a union-run session with three stalls, from plan to report", async () => {
  const admin = await buildUser(ds, { role: "admin" });
  const A = authHeader(t, admin);
  const stalls = await Promise.all(
    ["HTX Cà phê Khe Sanh", "Mật ong Hướng Phùng", "Nước mắm Cửa Tùng"].map((name) => buildStall(ds, { name })),
  );
  const products = await Promise.all(
    stalls.map((stall, i) => buildProduct(ds, { stall, price: [150_000, 220_000, 90_000][i]!, stock: [10, 4, 20][i]! })),
  );

  // The union plans the session and invites the three stalls; each accepts and offers a product.
  const planned = await t.http
    .post("/api/admin/live-sessions")
    .set(A)
    .send({
      title: "Phiên chợ OCOP Tuổi trẻ Quảng Trị",
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      platform: "tiktok",
      streamUrl: "https://www.tiktok.com/@tuoitrequangtri/live",
    });
  expect(planned.status).toBe(201);
  const session = planned.body.session as { id: string; slug: string };
  for (const [i, stall] of stalls.entries()) {
    expect(
      (await t.http.post(`/api/admin/live-sessions/${session.id}/invitations`).set(A).send({ stallId: stall.id })).status,
    ).toBe(201);
    const O = authHeader(t, await ownerOf(stall));
    expect((await t.http.post(`/api/seller/live-sessions/${session.id}/accept`).set(O).send({})).status).toBe(200);
    const offer = await t.http
      .post(`/api/seller/live-sessions/${session.id}/offers`)
      .set(O)
      .send({ productId: products[i]!.id, livePrice: [129_000, 199_000, 79_000][i], quantity: [6, 6, 5][i], perBuyerLimit: 3 });
    expect(offer.body.offer.code).toBe(`A${i + 1}`);
  }

  // The host (the admin) has their identity verified, then goes live: honey has only 4 of 6.
  expect((await t.http.post(`/api/admin/live-sessions/${session.id}/start`).set(A).send({})).status).toBe(403);
  await t.http.post(`/api/admin/users/${admin.id}/verify-identity`).set(A).send({ documentType: "cccd", note: "Chủ trì phiên" });
  const started = await t.http.post(`/api/admin/live-sessions/${session.id}/start`).set(A).send({});
  expect(started.body.offers.map((o: { held: number; short: boolean }) => [o.held, o.short])).toEqual([
    [6, false],
    [4, true],
    [5, false],
  ]);
  expect(await Promise.all(products.map(stockOf))).toEqual([4, 0, 15]);
  await t.http.post(`/api/admin/live-sessions/${session.id}/pin`).set(A).send({ offerId: started.body.offers[0].id });

  // Viewers buy from their phones.
  const viewers = await Promise.all(Array.from({ length: 3 }, () => buildUser(ds)));
  const buy = (u: User, code: string, quantity: number, paymentMethod = "cod") =>
    t.http
      .post(`/api/live-sessions/${session.slug}/orders`)
      .set(authHeader(t, u))
      .set("Idempotency-Key", `live-${crypto.randomUUID()}`)
      .send({ code, quantity, shippingAddress: TEST_ADDRESS, paymentMethod });
  expect((await buy(viewers[0]!, "A1", 2)).status).toBe(201);
  expect((await buy(viewers[1]!, "A1", 1)).status).toBe(201);
  expect((await buy(viewers[2]!, "A3", 3)).status).toBe(201);
  expect((await buy(viewers[0]!, "A1", 2)).status).toBe(409); // 2 + 2 is over the limit of 3

  // Comments pasted from the stream become drafts (one repeated, one without a phone, one for too many).
  const pasted = await t.http
    .post(`/api/admin/live-sessions/${session.id}/comments`)
    .set(A)
    .send({
      lines: [
        "A2 2 0905123456 Nguyễn Văn An",
        "a2 2 0905 123 456 nguyen van an",
        "chốt A1 x1 0912.345.678 Lê Thị Bích",
        "A3 1 Trần Văn C",
        "A2 3 0935111222 Phan Thu",
        "đẹp quá shop ơi",
      ],
    });
  expect(pasted.status).toBe(200);
  expect(pasted.body.created).toBe(2);
  expect(pasted.body.rejected).toEqual([
    { line: "A3 1 Trần Văn C", reason: "no valid phone number" },
    { line: "A2 3 0935111222 Phan Thu", reason: "not enough of A2 left" },
    { line: "đẹp quá shop ơi", reason: "no offer code (such as A1)" },
  ]);

  // Each buyer gets an SMS link through the outbox.
  const sms = createOutboxSms(smsDir);
  await dispatchOutbox(ds, mailer, { sms, signInLinks: { publicUrl: t.config.publicUrl, secret: TEST_JWT_SECRET } });
  const texts = await readSmsOutbox(smsDir);
  expect(texts.map((m) => m.to).sort()).toEqual(["+84905123456", "+84912345678"]);
  const token = (to: string) => /#token=([A-Za-z0-9_-]+)/.exec(texts.find((m) => m.to === to)!.text)![1]!;

  // The honey buyer confirms through the link, paying by bank transfer: an order at the live price, with its VietQR.
  const an = await buildUser(ds, { fullName: "Nguyễn Văn An" });
  const seen = await t.http.get("/api/live-drafts").query({ token: token("+84905123456") });
  expect(seen.body.draft).toMatchObject({ code: "A2", quantity: 2, livePrice: 199_000, status: "held" });
  const confirmed = await t.http
    .post("/api/live-drafts/confirm")
    .set(authHeader(t, an))
    .send({ token: token("+84905123456"), shippingAddress: TEST_ADDRESS, paymentMethod: "bank_transfer" });
  expect(confirmed.status).toBe(201);
  expect(confirmed.body.order.subtotal).toBe(398_000);
  expect(confirmed.body.payment).toMatchObject({ method: "bank_transfer", status: "pending" });
  expect(confirmed.body.payment.vietqr.amount).toBe(confirmed.body.order.grandTotal);
  const twice = await t.http
    .post("/api/live-drafts/confirm")
    .set(authHeader(t, an))
    .send({ token: token("+84905123456"), shippingAddress: TEST_ADDRESS, paymentMethod: "bank_transfer" });
  expect(twice.body.order?.id ?? twice.status).toBe(confirmed.body.order.id); // the same key: the same order

  // The coffee draft is never confirmed: after 30 minutes its unit goes back to the offer.
  const live = servicesOf(t.app).live;
  expect(await live.drafts.expireDue()).toBe(0);
  await ds.query(`UPDATE live_draft SET expires_at = now() - interval '1 second' WHERE status = 'held'`);
  expect(await live.drafts.expireDue()).toBe(1);
  expect(await live.drafts.expireDue()).toBe(0);
  const view = await t.http.get(`/api/live-sessions/${session.slug}`);
  expect(
    view.body.offers.map((o: { code: string; remaining: number; pinned: boolean }) => [o.code, o.remaining, o.pinned]),
  ).toEqual([
    ["A1", 3, true],
    ["A2", 2, false],
    ["A3", 2, false],
  ]);

  // The end returns every unsold unit; nothing was oversold.
  await t.http.patch(`/api/admin/live-sessions/${session.id}`).set(A).send({ viewersPeak: 2500, viewersUnique: 1800 });
  expect((await t.http.post(`/api/admin/live-sessions/${session.id}/end`).set(A).send({})).status).toBe(200);
  expect(await Promise.all(products.map(stockOf))).toEqual([4 + 3, 0 + 2, 15 + 2]);

  const report = await t.http.get(`/api/admin/live-sessions/${session.id}/report`).set(A);
  expect(report.status).toBe(200);
  expect(report.body).toMatchObject({
    viewers: { peak: 2500, unique: 1800, entered: true },
    comments: 5,
    orders: { placed: 4, paid: 0, delivered: 0, cancelled: 0 },
    revenue: 3 * 129_000 + 3 * 79_000 + 2 * 199_000,
    units: { held: 15, sold: 8 },
  });
  expect(report.body.perOffer).toEqual([
    { code: "A1", name: products[0]!.name, held: 6, sold: 3, revenue: 387_000 },
    { code: "A2", name: products[1]!.name, held: 4, sold: 2, revenue: 398_000 },
    { code: "A3", name: products[2]!.name, held: 5, sold: 3, revenue: 237_000 },
  ]);
  expect(
    report.body.perStall.map((s: { name: string; orders: number; units: number }) => [s.name, s.orders, s.units]).sort(),
  ).toEqual([
    ["HTX Cà phê Khe Sanh", 2, 3],
    ["Mật ong Hướng Phùng", 1, 2],
    ["Nước mắm Cửa Tùng", 1, 3],
  ]);
  expect(report.body.perMinute.reduce((s: number, m: { orders: number }) => s + m.orders, 0)).toBe(4);
  const csv = await t.http.get(`/api/admin/live-sessions/${session.id}/report.csv`).set(A);
  expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
  expect(csv.text.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
    "code,product,held,sold,revenue_vnd",
    `A1,${products[0]!.name},6,3,387000`,
    `A2,${products[1]!.name},4,2,398000`,
    `A3,${products[2]!.name},5,3,237000`,
    "total,,15,8,1022000",
    "",
  ]);

  // Each invited stall reads its own part of the report through the seller API, never another stall's figures.
  const parts = [
    { code: "A1", orders: 2, units: 3, revenue: 387_000, held: 6 },
    { code: "A2", orders: 1, units: 2, revenue: 398_000, held: 4 },
    { code: "A3", orders: 1, units: 3, revenue: 237_000, held: 5 },
  ];
  for (const [i, stall] of stalls.entries()) {
    const part = await t.http.get(`/api/seller/live-sessions/${session.id}/report`).set(authHeader(t, await ownerOf(stall)));
    const want = parts[i]!;
    expect(part.status).toBe(200);
    expect(part.body).toMatchObject({
      orders: { placed: want.orders, paid: 0, delivered: 0, cancelled: 0 },
      revenue: want.revenue,
      units: { held: want.held, sold: want.units },
    });
    expect(part.body.perOffer).toEqual([
      { code: want.code, name: products[i]!.name, held: want.held, sold: want.units, revenue: want.revenue },
    ]);
    expect(part.body.perStall).toEqual([
      { stallId: stall.id, name: stall.name, orders: want.orders, units: want.units, revenue: want.revenue },
    ]);
    expect(part.body.perMinute.reduce((s: number, m: { units: number }) => s + m.units, 0)).toBe(want.units);
  }
  const outsider = await buildStall(ds);
  const refused = await t.http.get(`/api/seller/live-sessions/${session.id}/report`).set(authHeader(t, await ownerOf(outsider)));
  expect(refused.status).toBe(404);
});

it("the live.sweep job on pg-boss, in two processes at once, ends an overdue session and returns its units once", async () => {
  const stall = await buildStall(ds);
  const owner = await ownerOf(stall);
  const admin = await buildUser(ds, { role: "admin" });
  const product = await buildProduct(ds, { stall, stock: 10, price: 100_000 });
  const O = authHeader(t, owner);
  const { session } = (
    await t.http
      .post("/api/seller/live-sessions")
      .set(O)
      .send({
        title: "Phiên tự kết thúc",
        startsAt: new Date().toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        platform: "youtube",
      })
  ).body as { session: { id: string; slug: string } };
  await t.http
    .post(`/api/seller/live-sessions/${session.id}/offers`)
    .set(O)
    .send({ productId: product.id, livePrice: 90_000, quantity: 6 });
  await t.http
    .post(`/api/admin/users/${owner.id}/verify-identity`)
    .set(authHeader(t, admin))
    .send({ documentType: "cccd", note: "Đã đối chiếu" });
  expect((await t.http.post(`/api/seller/live-sessions/${session.id}/start`).set(O).send({})).status).toBe(200);
  expect(await stockOf(product)).toBe(4);
  await ds.query(`UPDATE live_session SET ends_at = now() - interval '1 second' WHERE id = $1`, [session.id]);

  const log = pino({ level: "silent" });
  const [a, b] = [createJobs(db.url, log), createJobs(db.url, log)];
  await a.start();
  await b.start();
  try {
    const live = servicesOf(t.app).live;
    await startLiveJobs(a, live.sessions, live.drafts, log);
    await startLiveJobs(b, live.sessions, live.drafts, log);
    await Promise.all([a.send(LIVE_SWEEP_QUEUE), b.send(LIVE_SWEEP_QUEUE), a.send(LIVE_SWEEP_QUEUE)]);
    const status = async () =>
      (await ds.query<{ status: string }[]>(`SELECT status FROM live_session WHERE id = $1`, [session.id]))[0]!.status;
    const started = Date.now();
    while ((await status()) !== "ended" && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 200));
    // Let every queued sweep run.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await status()).toBe("ended");
    expect(await stockOf(product)).toBe(10);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});
