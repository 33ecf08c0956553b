import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { authHeader, buildGrant, buildOrder, buildProduct, buildStall, buildUser, uniqueEmail } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, TEST_JWT_SECRET, type TestApp } from "../../../test/harness";
import { createDataSource } from "../../db/data-source";
import type { MailMessage, Mailer } from "../../lib/mail/mailer";
import { createOutboxSms, readSmsOutbox } from "../../lib/sms/sms";
import { dispatchOutbox } from "../notifications/notifications.service";
import { Review } from "../reviews/review.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import pino from "pino";
import { createJobs } from "../../lib/jobs/jobs";
import { DIGEST_QUEUE, lastWeek, queueWeeklyDigests, startHelperJobs } from "./digest";
import { consentCode, DIGEST_TOPIC } from "./helper-notices";
import { StallGrant } from "./stall-grant.entity";

// A database of our own: the tests dispatch the outbox, which takes every pending message.
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
let t: TestApp;
let smsDir: string;
let admin: User;
const sent: MailMessage[] = [];
const mailer: Mailer = {
  send: (msg) => {
    sent.push(msg);
    return Promise.resolve();
  },
};
const header = "X-Acting-For-Stall";

beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds });
  smsDir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-helpers-sms-"));
  admin = await buildUser(ds, { role: "admin" });
});
afterAll(async () => {
  await t.close();
  await db.drop();
  fs.rmSync(smsDir, { recursive: true, force: true });
});

const dispatch = () =>
  dispatchOutbox(ds, mailer, {
    sms: createOutboxSms(smsDir),
    signInLinks: { publicUrl: "http://localhost:3000", secret: TEST_JWT_SECRET },
    retryBaseSeconds: 0,
  });
const as = (u: User) => authHeader(t, u);

async function makeHelper(organisation = "Đoàn xã Hướng Phùng"): Promise<User> {
  const user = await buildUser(ds, { fullName: "Nguyễn Văn A" });
  const res = await t.http.post("/api/admin/helpers").set(as(admin)).send({ email: user.email, organisation });
  expect(res.status).toBe(201);
  return user;
}

/** The code a grant's owner was sent: derived the way the dispatcher derives it. */
async function codeOf(grantId: string): Promise<string> {
  const [g] = await ds.query<{ consent_nonce: string }[]>(`SELECT consent_nonce FROM stall_grant WHERE id = $1`, [grantId]);
  return consentCode(TEST_JWT_SECRET, grantId, g!.consent_nonce);
}

describe("helpers", () => {
  it("admins make and end helpers; only admins, only existing accounts, once", async () => {
    const user = await buildUser(ds);
    const post = (who: User, body: object) => t.http.post("/api/admin/helpers").set(as(who)).send(body);
    expect((await post(user, { email: user.email, organisation: "Đoàn xã" })).status).toBe(403);
    expect((await post(admin, { email: uniqueEmail(), organisation: "Đoàn xã" })).status).toBe(400);
    expect((await post(admin, { email: user.email, organisation: "Đoàn xã", extra: 1 })).status).toBe(400);
    const made = await post(admin, { email: user.email, organisation: "Tổ công nghệ số cộng đồng xã A" });
    expect(made.status).toBe(201);
    expect(made.body.helper).toMatchObject({ userId: user.id, organisation: "Tổ công nghệ số cộng đồng xã A", endedAt: null });
    expect((await post(admin, { email: user.email, organisation: "Again" })).status).toBe(409);
    expect((await t.http.get("/api/helper/stalls").set(as(user))).body).toEqual({ items: [] });

    // Ending a helper revokes their grants at once.
    const stall = await buildStall(ds);
    const { grant } = await buildGrant(ds, stall, { helper: user, scopes: ["catalog"] });
    expect((await t.http.get("/api/seller/products").set(as(user)).set(header, stall.id)).status).toBe(200);
    expect((await t.http.delete(`/api/admin/helpers/${user.id}`).set(as(admin))).status).toBe(204);
    expect((await ds.getRepository(StallGrant).findOneByOrFail({ id: grant.id })).status).toBe("revoked");
    expect((await t.http.get("/api/seller/products").set(as(user)).set(header, stall.id)).body.error.reason).toBe(
      "grant_revoked",
    );
    expect((await t.http.get("/api/helper/stalls").set(as(user))).status).toBe(403);
    expect((await t.http.delete(`/api/admin/helpers/${user.id}`).set(as(admin))).status).toBe(404);
  });
});

describe("grants with consent", () => {
  let stall: Stall;
  let owner: User;
  let helper: User;
  beforeAll(async () => {
    owner = await buildUser(ds, { role: "seller", fullName: "Bà Hồ Thị Lành" });
    await ds.getRepository(User).update({ id: owner.id }, { phoneE164: "+84905123456" });
    stall = await buildStall(ds, { owner });
    helper = await makeHelper();
  });
  const ask = (body: object, who = helper) => t.http.post("/api/helper/grants").set(as(who)).send(body);
  const consent = (id: string, code: string, who = owner) =>
    t.http.post(`/api/me/stall/grants/${id}/consent`).set(as(who)).send({ code });

  it("validates the request; only helpers ask", async () => {
    expect((await ask({ stallSlug: stall.slug, scopes: ["payouts"] })).status).toBe(400);
    expect((await ask({ stallSlug: stall.slug, scopes: [] })).status).toBe(400);
    expect((await ask({ stallSlug: stall.slug, scopes: ["catalog", "catalog"] })).status).toBe(400);
    expect((await ask({ stallSlug: stall.slug, scopes: ["catalog"], days: 366 })).status).toBe(400);
    expect((await ask({ stallSlug: stall.slug, scopes: ["catalog"], days: 0 })).status).toBe(400);
    expect((await ask({ stallSlug: "no-such-stall", scopes: ["catalog"] })).status).toBe(404);
    expect((await ask({ stallSlug: stall.slug, scopes: ["catalog"] }, await buildUser(ds))).status).toBe(403);
  });

  it("sends the owner a 6-digit code by mail and SMS in plain Vietnamese; the right code activates it for `days`", async () => {
    await ds.query(`DELETE FROM outbox`);
    const res = await ask({ stallSlug: stall.slug, scopes: ["catalog", "orders"], days: 30 });
    expect(res.status).toBe(201);
    const grant = res.body.grant;
    expect(grant).toMatchObject({ status: "awaiting_consent", scopes: ["catalog", "orders"], days: 30, locked: false });
    // Awaiting consent: nothing goes through yet.
    expect((await t.http.get("/api/seller/products").set(as(helper)).set(header, stall.id)).body.error.reason).toBe(
      "grant_awaiting_consent",
    );
    // The code is only hashed in the database.
    const [row] = await ds.query<{ consent_code_hash: string }[]>(`SELECT consent_code_hash FROM stall_grant WHERE id = $1`, [
      grant.id,
    ]);
    const code = await codeOf(grant.id);
    expect(row!.consent_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.consent_code_hash).not.toContain(code);

    sent.length = 0;
    expect(await dispatch()).toMatchObject({ processed: 1, failed: 0 });
    const mail = sent.find((m) => m.to === owner.email)!;
    expect(mail.subject).toContain(code);
    expect(mail.text).toContain("thêm và sửa sản phẩm, xác nhận, gửi và huỷ đơn hàng");
    expect(mail.text).toContain("Đoàn xã Hướng Phùng");
    const sms = (await readSmsOutbox(smsDir)).filter((s) => s.to === "+84905123456").at(-1)!;
    expect(sms.text).toContain(code);
    const outbox = await ds.query<{ payload: object }[]>(`SELECT payload FROM outbox`);
    expect(JSON.stringify(outbox)).not.toContain(code);

    // Someone else's grant is 404; a malformed code 400.
    expect((await consent(grant.id, code, await buildUser(ds))).status).toBe(404);
    expect((await consent(grant.id, "12345")).status).toBe(400);
    const ok = await consent(grant.id, code);
    expect(ok.status).toBe(200);
    expect(ok.body.grant).toMatchObject({ status: "active", consentMethod: "code" });
    const days = (Date.parse(ok.body.grant.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect((await consent(grant.id, code)).status).toBe(409);
    expect((await t.http.get("/api/seller/products").set(as(helper)).set(header, stall.id)).status).toBe(200);

    const listed = await t.http.get("/api/helper/stalls").set(as(helper));
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        stall: expect.objectContaining({ id: stall.id }),
        grant: expect.objectContaining({ id: grant.id, scopes: ["catalog", "orders"], status: "active" }),
      }),
    ]);
    // An active grant is not asked for twice.
    expect((await ask({ stallSlug: stall.slug, scopes: ["catalog"] })).status).toBe(409);
    await t.http.delete(`/api/me/stall/grants/${grant.id}`).set(as(owner));
  });

  it("counts wrong codes, locks after five (even for the right one), and a new request supersedes it", async () => {
    const grant = (await ask({ stallSlug: stall.slug, scopes: ["reviews"] })).body.grant;
    const code = await codeOf(grant.id);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i <= 5; i++) {
      const res = await consent(grant.id, wrong);
      expect(res.status).toBe(400);
      expect(res.body.error.reason).toBe(i < 5 ? "consent_wrong_code" : "consent_locked");
    }
    const locked = await consent(grant.id, code);
    expect(locked.status).toBe(409);
    expect(locked.body.error.reason).toBe("consent_locked");
    const list = await t.http.get("/api/me/stall/grants").set(as(owner));
    expect(list.body.items.find((g: { id: string }) => g.id === grant.id)).toMatchObject({
      locked: true,
      status: "awaiting_consent",
    });

    const again = (await ask({ stallSlug: stall.slug, scopes: ["reviews"] })).body.grant;
    expect((await ds.getRepository(StallGrant).findOneByOrFail({ id: grant.id })).status).toBe("revoked");
    expect((await consent(again.id, await codeOf(again.id))).body.grant.status).toBe("active");
    await t.http.delete(`/api/me/stall/grants/${again.id}`).set(as(owner));
  });

  it("texts an owner without a sign-in number at the contact phone they set themself", async () => {
    const other = await buildUser(ds, { role: "seller", phone: "0977 123 456" });
    const theirs = await buildStall(ds, { owner: other });
    await ds.query(`DELETE FROM outbox`);
    const g = (await ask({ stallSlug: theirs.slug, scopes: ["orders"] })).body.grant;
    await dispatch();
    const sms = (await readSmsOutbox(smsDir)).filter((m) => m.to === "+84977123456");
    expect(sms.at(-1)!.text).toContain(await codeOf(g.id));
  });

  it("refuses an expired code", async () => {
    const grant = (await ask({ stallSlug: stall.slug, scopes: ["profile"] }, await makeHelper())).body.grant;
    await ds.query(`UPDATE stall_grant SET consent_expires_at = now() - interval '1 second' WHERE id = $1`, [grant.id]);
    const res = await consent(grant.id, await codeOf(grant.id));
    expect(res.status).toBe(409);
    expect(res.body.error.reason).toBe("consent_expired");
  });

  it("admins record a witnessed paper consent with a note (an admin decision), even on a locked request", async () => {
    const helper = await makeHelper();
    const grant = (await ask({ stallSlug: stall.slug, scopes: ["catalog"] }, helper)).body.grant;
    await ds.query(`UPDATE stall_grant SET consent_attempts = 5 WHERE id = $1`, [grant.id]);
    const witness = (who: User, body: object) => t.http.post(`/api/admin/grants/${grant.id}/witness`).set(as(who)).send(body);
    expect((await witness(helper, { note: "Đã ký giấy tại UBND xã" })).status).toBe(403);
    expect((await witness(admin, { note: "ngắn" })).status).toBe(400);
    const res = await witness(admin, { note: "Bà Lành ký giấy đồng ý tại UBND xã ngày 3/12, có cán bộ xã chứng kiến" });
    expect(res.status).toBe(200);
    expect(res.body.grant).toMatchObject({ status: "active", consentMethod: "witnessed" });
    const [decision] = await ds.query<{ admin_id: string; action: string; reason: string }[]>(
      `SELECT admin_id, action, reason FROM grant_decision WHERE grant_id = $1`,
      [grant.id],
    );
    expect(decision).toMatchObject({ admin_id: admin.id, action: "witness", reason: expect.stringContaining("UBND xã") });
    expect((await witness(admin, { note: "Lần thứ hai thì không được" })).status).toBe(409);

    // The owner revokes in one call; the very next request is refused.
    expect((await t.http.get("/api/seller/products").set(as(helper)).set(header, stall.id)).status).toBe(200);
    const revoked = await t.http.delete(`/api/me/stall/grants/${grant.id}`).set(as(owner));
    expect(revoked.body.grant).toMatchObject({ status: "revoked" });
    expect((await t.http.get("/api/seller/products").set(as(helper)).set(header, stall.id)).body.error.reason).toBe(
      "grant_revoked",
    );
    expect((await t.http.delete(`/api/me/stall/grants/${grant.id}`).set(as(helper))).status).toBe(404);
  });
});

describe("grant requests", () => {
  it("are limited to 3 a day per helper and stall, since each one texts and mails the owner", async () => {
    const stall = await buildStall(ds);
    const helper = await makeHelper();
    const ask = () =>
      t.http
        .post("/api/helper/grants")
        .set(as(helper))
        .send({ stallSlug: stall.slug, scopes: ["catalog"] });
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(201);
    const fourth = await ask();
    expect(fourth.status).toBe(429);
    expect(fourth.headers["retry-after"]).toBe("3600");
    await ds.query(`UPDATE stall_grant SET created_at = now() - interval '25 hours' WHERE stall_id = $1`, [stall.id]);
    expect((await ask()).status).toBe(201);
  });
});

describe("never delegable", () => {
  it("refuses a helper with every scope on money, grants, the stall and the owner's account", async () => {
    const stall = await buildStall(ds);
    const { helper, grant } = await buildGrant(ds, stall);
    const h = { ...as(helper), [header]: stall.id };
    const calls: [string, () => PromiseLike<{ status: number; body: { error?: { reason?: string } } }>][] = [
      ["ledger", () => t.http.get("/api/seller/ledger").set(h)],
      ["payouts", () => t.http.get("/api/seller/payouts").set(h)],
      ["stall", () => t.http.get("/api/me/stall").set(h)],
      ["edit stall", () => t.http.patch("/api/me/stall").set(h).send({ name: "Gian hàng của tôi" })],
      ["logo", () => t.http.delete("/api/me/stall/logo").set(h)],
      ["grants", () => t.http.get("/api/me/stall/grants").set(h)],
      ["revoke", () => t.http.delete(`/api/me/stall/grants/${grant.id}`).set(h)],
      ["consent", () => t.http.post(`/api/me/stall/grants/${grant.id}/consent`).set(h).send({ code: "123456" })],
      ["audit", () => t.http.get("/api/me/stall/audit").set(h)],
      ["account", () => t.http.patch("/api/me").set(h).send({ fullName: "Tên khác" })],
    ];
    for (const [what, call] of calls) {
      const res = await call();
      expect([what, res.status, res.body.error?.reason]).toEqual([what, 403, "owner_only"]);
    }
    // Without the header they are just themselves: no stall, no grants of their own.
    expect((await t.http.get("/api/me/stall/grants").set(as(helper))).body.items).toEqual([]);
    expect((await t.http.delete(`/api/me/stall/grants/${grant.id}`).set(as(helper))).status).toBe(404);
  });
});

describe("the audit's reading side and the weekly digest", () => {
  it("shows the owner and admins every write, pages it, filters it and exports CSV", async () => {
    const owner = await buildUser(ds, { role: "seller", fullName: "Ông Trần Văn Bảy" });
    const stall = await buildStall(ds, { owner });
    const helper = await makeHelper("Tổ công nghệ số thôn 3");
    const { grant } = await buildGrant(ds, stall, { helper, scopes: ["catalog", "profile"] });
    const h = { ...as(helper), [header]: stall.id };
    const p = await buildProduct(ds, { stall });
    for (const stock of [1, 2, 3])
      expect((await t.http.patch(`/api/seller/products/${p.id}`).set(h).send({ stock })).status).toBe(200);
    expect((await t.http.patch("/api/seller/profile").set(h).send({ address: "Thôn 4, xã Hướng Phùng" })).status).toBe(200);

    const page = await t.http.get("/api/me/stall/audit?page=1&limit=2").set(as(owner));
    expect(page.body).toMatchObject({ total: 4, page: 1, limit: 2 });
    expect(page.body.items[0]).toMatchObject({
      route: "PATCH /seller/profile",
      actor: { id: helper.id, fullName: "Nguyễn Văn A" },
      grantId: grant.id,
      after: { address: "Thôn 4, xã Hướng Phùng" },
    });
    expect((await t.http.get("/api/me/stall/audit?limit=100").set(as(owner))).status).toBe(400);
    expect((await t.http.get("/api/me/stall/audit?bogus=1").set(as(owner))).status).toBe(400);

    const csv = await t.http.get("/api/me/stall/audit?format=csv").set(as(owner));
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.headers["content-disposition"]).toContain("attachment");
    const lines = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("at,stall_id,stall,actor_id,actor,grant_id,route,target_id,before,after");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain('"{""address"":""Thôn 4, xã Hướng Phùng""}"');

    const adminAudit = (q: string) => t.http.get(`/api/admin/audit?${q}`).set(as(admin));
    expect((await adminAudit(`actor=${helper.id}`)).body.total).toBe(4);
    expect((await adminAudit(`stall=${stall.id}&actor=${owner.id}`)).body.total).toBe(0);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect((await adminAudit(`stall=${stall.id}&from=${today}&to=${today}`)).body.total).toBe(4);
    expect((await adminAudit(`stall=${stall.id}&to=2020-01-01`)).body.total).toBe(0);
    expect((await adminAudit(`stall=nope`)).status).toBe(400);
    expect((await adminAudit(`stall=${stall.id}&format=csv`)).text).toContain("PATCH /seller/products/:id");
    expect((await t.http.get("/api/admin/audit").set(as(owner))).status).toBe(403);
  });

  it("queues each stall's weekly digest exactly once and words it in plain Vietnamese", async () => {
    const owner = await buildUser(ds, { role: "seller", fullName: "Bà Lê Thị Chín" });
    const stall = await buildStall(ds, { owner });
    const helper = await makeHelper();
    const { grant } = await buildGrant(ds, stall, { helper });
    const week = lastWeek(new Date());
    const at = new Date(week.from.getTime() + 86_400_000);
    const insert = (route: string, n: number) =>
      ds.query(
        `INSERT INTO stall_audit (stall_id, actor_id, grant_id, route, at) SELECT $1, $2, $3, $4, $5 FROM generate_series(1, $6)`,
        [stall.id, helper.id, grant.id, route, at, n],
      );
    await insert("POST /seller/products", 2);
    await insert("POST /seller/products/import", 1);
    await insert("POST /seller/orders/:id/confirm", 5);
    await ds.query(`DELETE FROM outbox`);
    const [first, second] = await Promise.all([queueWeeklyDigests(ds, new Date()), queueWeeklyDigests(ds, new Date())]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect(await queueWeeklyDigests(ds, new Date())).toBe(0);
    const rows = await ds.query<{ payload: { stallId: string } }[]>(`SELECT payload FROM outbox WHERE topic = $1`, [
      DIGEST_TOPIC,
    ]);
    expect(rows.filter((r) => r.payload.stallId === stall.id)).toHaveLength(1);
    sent.length = 0;
    await dispatch();
    const mail = sent.find((m) => m.to === owner.email)!;
    expect(mail.text).toContain("Tuần này, Nguyễn Văn A đã thêm 3 sản phẩm, xác nhận 5 đơn.");
  });
});

describe("the helper's to-do list", () => {
  it("lists what waits across the stalls they act for, only within each grant's scopes", async () => {
    const helper = await makeHelper();
    const a = await buildStall(ds, { name: "Gian hàng A có việc" });
    const b = await buildStall(ds, { name: "Gian hàng B chỉ đơn" });
    await buildGrant(ds, a, {
      helper,
      scopes: ["catalog", "orders", "reviews"],
      expiresAt: new Date(Date.now() + 10 * 86_400_000),
    });
    await buildGrant(ds, b, { helper, scopes: ["orders"] });
    const low = await buildProduct(ds, { stall: a, stock: 2 });
    const cert = await buildProduct(ds, { stall: a, stock: 50 });
    await ds.query(`UPDATE product SET ocop_stars = 4, ocop_year = $2 WHERE id = $1`, [cert.id, new Date().getFullYear() - 3]);
    await ds.getRepository(Review).save({ productId: cert.id, authorId: (await buildUser(ds)).id, rating: 4, text: "Ngon" });
    const old = await buildOrder(ds, { items: [{ product: cert }], status: "placed" });
    await ds.query(`UPDATE stall_order SET created_at = now() - interval '25 hours' WHERE id = $1`, [old.stallOrders[0]!.id]);
    await buildOrder(ds, { items: [{ product: cert }], status: "placed" }); // fresh: not waiting yet
    // Stall B: low stock and an unanswered review, but the grant covers orders only.
    const bLow = await buildProduct(ds, { stall: b, stock: 1 });
    await ds.getRepository(Review).save({ productId: bLow.id, authorId: (await buildUser(ds)).id, rating: 2, text: "Chậm" });

    const res = await t.http.get("/api/helper/todo").set(as(helper));
    expect(res.status).toBe(200);
    const items = res.body.items as { kind: string; stall: { id: string }; targetId: string }[];
    const of = (stallId: string) =>
      items
        .filter((i) => i.stall.id === stallId)
        .map((i) => `${i.kind}:${i.targetId}`)
        .sort();
    expect(of(a.id)).toEqual(
      [
        `certificate_expiring:${cert.id}`,
        `grant_expiring:${items.find((i) => i.kind === "grant_expiring")!.targetId}`,
        `low_stock:${low.id}`,
        `order_waiting:${old.stallOrders[0]!.id}`,
        `review_unanswered:${items.find((i) => i.kind === "review_unanswered")!.targetId}`,
      ].sort(),
    );
    expect(of(b.id)).toEqual([]);
    expect((await t.http.get("/api/helper/todo").set(as(await buildUser(ds)))).status).toBe(403);
  });
});

describe("the digest job", () => {
  it("runs on pg-boss in two processes at once and still queues each stall's digest once", async () => {
    const stall = await buildStall(ds);
    const { grant, helper } = await buildGrant(ds, stall);
    const at = new Date(lastWeek(new Date()).from.getTime() + 3_600_000);
    await ds.query(
      `INSERT INTO stall_audit (stall_id, actor_id, grant_id, route, at) VALUES ($1, $2, $3, 'PATCH /seller/profile', $4)`,
      [stall.id, helper.id, grant.id, at],
    );
    const log = pino({ level: "silent" });
    const [a, b] = [createJobs(db.url, log), createJobs(db.url, log)];
    await a.start();
    await b.start();
    try {
      // Processes declare their queues one at a time (main.ts does it under the startup lock).
      await startHelperJobs(a, ds);
      await startHelperJobs(b, ds);
      await Promise.all([a.send(DIGEST_QUEUE), b.send(DIGEST_QUEUE), a.send(DIGEST_QUEUE)]);
      const digests = () =>
        ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND payload->>'stallId' = $2`, [
          DIGEST_TOPIC,
          stall.id,
        ]);
      const started = Date.now();
      while ((await digests())[0]!.n === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 200));
      // Let every queued job run.
      await new Promise((r) => setTimeout(r, 5000));
      expect((await digests())[0]!.n).toBe(1);
      const [schedule] = await ds.query<{ cron: string; timezone: string }[]>(
        `SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`,
        [DIGEST_QUEUE],
      );
      expect(schedule).toEqual({ cron: "0 8 * * 1", timezone: "Asia/Ho_Chi_Minh" });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe("onboarding a producer", () => {
  it("creates a password-less account with the phone, the pending stall and a grant awaiting consent; SMS claim link", async () => {
    const helper = await makeHelper();
    const body = {
      name: "Hợp tác xã Mật ong Hướng Hóa",
      story: "Bà con thôn 3 nuôi ong trong rừng cà phê từ nhiều năm nay.",
      province: "quang-tri",
      address: "Thôn 3, xã Hướng Phùng",
      phone: "0912345678",
      businessType: "cooperative",
      owner: { fullName: "Hồ Văn Pả", phone: "0356 789 012" },
    };
    expect(
      (
        await t.http
          .post("/api/helper/stalls")
          .set(as(await buildUser(ds)))
          .send(body)
      ).status,
    ).toBe(403);
    expect(
      (
        await t.http
          .post("/api/helper/stalls")
          .set(as(helper))
          .send({ ...body, owner: { fullName: "X Y", phone: "123" } })
      ).status,
    ).toBe(400);
    const res = await t.http.post("/api/helper/stalls").set(as(helper)).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      stall: { status: "pending" },
      owner: { fullName: "Hồ Văn Pả", phone: "+84356789012" },
      grant: { status: "awaiting_consent", scopes: ["catalog", "orders", "reviews"] },
    });
    const user = await ds.getRepository(User).findOneOrFail({
      where: { id: res.body.owner.id },
      select: { id: true, email: true, passwordHash: true, phoneE164: true },
    });
    expect(user).toMatchObject({ email: null, passwordHash: null, phoneE164: "+84356789012" });
    // The same phone twice is a 409.
    expect(
      (
        await t.http
          .post("/api/helper/stalls")
          .set(as(helper))
          .send({ ...body, name: "Gian hàng khác nữa" })
      ).status,
    ).toBe(409);

    // Admins see who helped.
    const helpers = await t.http.get("/api/admin/helpers").set(as(admin));
    expect(helpers.body.items.find((x: { userId: string }) => x.userId === helper.id)).toMatchObject({
      stallsHelped: 1,
      onboarded: [{ id: res.body.stall.id, name: "Hợp tác xã Mật ong Hướng Hóa", status: "pending", ownerName: "Hồ Văn Pả" }],
    });

    await dispatch();
    const texts = (await readSmsOutbox(smsDir)).filter((s) => s.to === "+84356789012");
    const claim = texts.find((s) => s.text.includes("nhan-tai-khoan"))!;
    expect(claim).toBeDefined();
    expect(texts.some((s) => /Ma dong y: \d{6}/.test(s.text))).toBe(true);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(claim.text)![1]!;
    expect(
      (await t.http.post("/api/account-claims").send({ token: "x".repeat(43), password: "Mat-khau-rat-rieng-2026" })).status,
    ).toBe(400);
    expect((await t.http.post("/api/account-claims").send({ token, password: "Mat-khau-rat-rieng-2026" })).status).toBe(200);
    expect((await t.http.post("/api/account-claims").send({ token, password: "Mat-khau-rat-rieng-2026" })).status).toBe(400);
    const claimed = await ds
      .getRepository(User)
      .findOneOrFail({ where: { id: user.id }, select: { id: true, passwordHash: true, phoneVerifiedAt: true } });
    expect(claimed.passwordHash).toMatch(/^scrypt\$/);
    expect(claimed.phoneVerifiedAt).not.toBeNull();
  });
});
