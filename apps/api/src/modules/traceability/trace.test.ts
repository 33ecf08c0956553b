import type supertest from "supertest";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../db/data-source";
import { fixedClock } from "../../lib/clock";
import type { MailMessage } from "../../lib/mail/mailer";
import { dispatchOutbox } from "../notifications/notifications.service";
import { User } from "../users/user.entity";
import { authHeader, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { freshMigratedDatabase } from "../../../test/database";
import { startTestApp, type TestApp } from "../../../test/harness";

// A database of our own: the copy alarm test dispatches every pending outbox message.
let db: { url: string; drop: () => Promise<void> };
let ds: DataSource;
const clock = fixedClock(new Date("2026-11-30T03:00:00.000Z"));
let t: TestApp;
let http: ReturnType<typeof supertest>;
beforeAll(async () => {
  db = await freshMigratedDatabase();
  ds = await createDataSource({ url: db.url, poolSize: 4 }).initialize();
  t = await startTestApp({ ds, clock, env: { PUBLIC_URL: "https://cho.example.vn" } });
  http = t.http;
});
afterAll(async () => {
  await t.close();
  await db.drop();
});

/** A batch of a fresh product with two events, made through the API. */
async function tracedBatch(quantity = 40) {
  const stall = await buildStall(ds, { name: "Mật ong Hướng Phùng", province: "quang-tri" });
  const product = await buildProduct(ds, { stall, name: "Mật ong rừng tràm" });
  const owner = await ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  const h = authHeader(t, owner);
  const { batch } = (
    await http
      .post(`/api/seller/products/${product.id}/batches`)
      .set(h)
      .send({ lot: "MO-11", producedOn: "2026-11-20", quantity, unit: "hũ", inputs: [{ name: "Phân chuồng ủ hoai" }] })
  ).body;
  for (const [type, note] of [
    ["input", "Bón phân chuồng"],
    ["harvest", "Quay mật"],
  ])
    await http
      .post(`/api/seller/batches/${batch.id}/events`)
      .set(h)
      .send({ type, note, occurredAt: "2026-11-20T08:00:00+07:00" });
  return { stall, product, owner, batch: batch as { id: string; code: string; traceUrl: string } };
}
const open = (code: string, ua = "Mozilla/5.0 (iPhone) Zalo") => http.get(`/api/trace/${code}`).set("User-Agent", ua);

describe("the public trace", () => {
  it("shows product, stall, batch, chained events and openings; unknown codes are 404", async () => {
    const { stall, product, batch } = await tracedBatch();
    const res = await open(batch.code);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      product: { name: "Mật ong rừng tràm", slug: product.slug },
      stall: { name: "Mật ong Hướng Phùng", slug: stall.slug, province: { slug: "quang-tri", name: "Quảng Trị" } },
      batch: {
        code: batch.code,
        traceUrl: `https://cho.example.vn/t/${batch.code}`,
        lot: "MO-11",
        producedOn: "2026-11-20",
        bestBefore: null,
        quantity: 40,
        unit: "hũ",
        inputs: [{ name: "Phân chuồng ủ hoai", supplier: null, lot: null, appliedOn: null }],
        note: null,
      },
      events: [
        expect.objectContaining({ seq: 1, type: "input", note: "Bón phân chuồng", prevHash: "0".repeat(64) }),
        expect.objectContaining({ seq: 2, type: "harvest", note: "Quay mật" }),
      ],
      certificates: [],
      scans: { opens: 1 },
    });
    expect(res.body.events[1].prevHash).toBe(res.body.events[0].hash);
    // Codes read case-insensitively (people type them from a label).
    expect((await open(batch.code.toLowerCase())).status).toBe(200);
    expect((await open("ZZZZZZZZZZ")).status).toBe(404);
    expect((await open("not-a-code")).status).toBe(400);
  });

  it("counts one opening per visitor and day, keeping no raw IP or user agent", async () => {
    const { batch } = await tracedBatch();
    expect((await open(batch.code)).body.scans.opens).toBe(1);
    expect((await open(batch.code)).body.scans.opens).toBe(1);
    expect((await open(batch.code, "Mozilla/5.0 (Android) Chrome")).body.scans.opens).toBe(2);
    clock.advance(24 * 3600 * 1000);
    expect((await open(batch.code)).body.scans.opens).toBe(3);
    const rows = await ds.query<{ visitor: string; day: string }[]>(
      `SELECT s.visitor, s.day::text AS day FROM trace_scan s JOIN trace_batch b ON b.id = s.batch_id WHERE b.code = $1`,
      [batch.code],
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.visitor).toMatch(/^[a-f0-9]{64}$/);
    expect(JSON.stringify(rows)).not.toMatch(/127\.0\.0\.1|iPhone|Android/);
  });
});

describe("problem reports", () => {
  it("land in the admins' inbox, and are limited per IP", async () => {
    const { batch, owner } = await tracedBatch();
    const report = (body: object) => http.post(`/api/trace/${batch.code}/reports`).send(body);
    const res = await report({ message: "Tem bị bóc, hũ không có nắp niêm phong", contact: "0912345678" });
    expect(res.status).toBe(201);
    expect((await report({ message: "x" })).status).toBe(400);
    expect((await http.post(`/api/trace/ZZZZZZZZZZ/reports`).send({ message: "Không tìm thấy lô" })).status).toBe(404);

    const admin = await buildUser(ds, { role: "admin" });
    const inbox = await http.get("/api/admin/trace-reports").set(authHeader(t, admin));
    expect(inbox.status).toBe(200);
    expect(inbox.body.items[0]).toEqual({
      id: res.body.report.id,
      code: batch.code,
      lot: "MO-11",
      productName: "Mật ong rừng tràm",
      stallName: "Mật ong Hướng Phùng",
      message: "Tem bị bóc, hũ không có nắp niêm phong",
      contact: "0912345678",
      createdAt: expect.any(String),
    });
    expect((await http.get("/api/admin/trace-reports").set(authHeader(t, await buildUser(ds)))).status).toBe(403);

    // The batch's seller reads it too, without the reporter's contact; another stall's seller cannot.
    const mine = await http.get(`/api/seller/batches/${batch.id}/reports`).set(authHeader(t, owner));
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 1, items: [{ id: res.body.report.id, contact: null, lot: "MO-11" }] });
    const stranger = await ds.getRepository(User).findOneByOrFail({ id: (await buildStall(ds)).ownerId });
    expect((await http.get(`/api/seller/batches/${batch.id}/reports`).set(authHeader(t, stranger))).status).toBe(404);

    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await report({ message: `Báo cáo số ${i}` })).status);
    // Five an hour per IP (the 400 and 404 above counted too).
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await report({ message: "Thêm một báo cáo" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  });
});

describe("the copy alarm", () => {
  it("tells the seller and the admins once, when openings pass three times the quantity", async () => {
    await ds.query(`DELETE FROM outbox`);
    const admin = await buildUser(ds, { role: "admin", fullName: "Lê Quản Trị" });
    const { batch, owner } = await tracedBatch(2);
    for (let i = 0; i < 6; i++) await open(batch.code, `phone-${i}`);
    const alarms = () => ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM outbox WHERE topic = 'trace.copy_alarm'`);
    expect(await alarms()).toEqual([{ n: 0 }]);
    await open(batch.code, "phone-7"); // the 7th opening: 7 > 3 × 2
    await Promise.all(Array.from({ length: 5 }, (_, i) => open(batch.code, `copy-${i}`)));
    expect(await alarms()).toEqual([{ n: 1 }]);

    const sent: MailMessage[] = [];
    expect(await dispatchOutbox(ds, { send: (m) => Promise.resolve(void sent.push(m)) })).toMatchObject({
      processed: 1,
      failed: 0,
    });
    const to = sent.map((m) => m.to);
    expect(to).toContain(owner.email);
    expect(to).toContain(admin.email);
    const mail = sent.find((m) => m.to === owner.email)!;
    expect(mail.subject).toBe("Mã truy xuất lô MO-11 có thể đã bị sao chép");
    expect(mail.text).toContain(batch.code);
  });
});
