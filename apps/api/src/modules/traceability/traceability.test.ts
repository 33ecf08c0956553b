import crypto from "node:crypto";
import sharp from "sharp";
import type supertest from "supertest";
import { fixedClock } from "../../lib/clock";
import type { Product } from "../catalog/product.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { authHeader, buildGrant, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { newTraceCode } from "./batches.service";

const clock = fixedClock(new Date("2026-11-30T03:00:00.000Z"));
let t: TestApp;
let http: ReturnType<typeof supertest>;
beforeAll(async () => {
  t = await startTestApp({ clock, env: { PUBLIC_URL: "https://cho.example.vn" } });
  http = t.http;
});
afterAll(() => t.close());

const ownerOf = (stall: Stall) => t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
const sellerWithProduct = async () => {
  const stall = await buildStall(t.ds, { name: "Mật ong Hướng Phùng" });
  const product = await buildProduct(t.ds, { stall, name: "Mật ong rừng" });
  return { stall, product, owner: await ownerOf(stall) };
};
const batchBody = (over: object = {}) => ({
  lot: "MO-2026-11",
  producedOn: "2026-11-20",
  bestBefore: "2027-11-20",
  quantity: 40,
  unit: "hũ 500 ml",
  inputs: [{ name: "Phân hữu cơ vi sinh", supplier: "HTX Hướng Phùng", lot: "PB-7", appliedOn: "2026-08-01" }],
  note: "Thu từ rừng tràm",
  ...over,
});
const createBatch = (owner: User, product: Product, body: object = batchBody()) =>
  http.post(`/api/seller/products/${product.id}/batches`).set(authHeader(t, owner)).send(body);
const addEvent = (owner: User, batchId: string, body: object) =>
  http.post(`/api/seller/batches/${batchId}/events`).set(authHeader(t, owner)).send(body);
const event = (over: object = {}) => ({ type: "harvest", occurredAt: "2026-11-20T07:30:00+07:00", note: "Quay mật", ...over });

/** The chain recomputed here from the documented rule, independently of the server's code. */
const canonical = (v: unknown): string =>
  v === null || typeof v !== "object"
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(canonical).join(",")}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(",")}}`;
type Ev = { seq: number; type: string; occurredAt: string; recordedAt: string; place: string | null; note: string };
const recompute = (code: string, events: (Ev & { photoHash: string | null; prevHash: string; hash: string })[]) => {
  let prev = "0".repeat(64);
  return events.map((e) => {
    const content = {
      batch: code,
      seq: e.seq,
      type: e.type,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      place: e.place,
      note: e.note,
      photo: e.photoHash,
    };
    const hash = crypto
      .createHash("sha256")
      .update(prev + canonical(content))
      .digest("hex");
    const ok = e.prevHash === prev && e.hash === hash;
    prev = hash;
    return ok;
  });
};

describe("batches", () => {
  it("get an unguessable public code and an absolute trace URL; a lot is unique per product", async () => {
    const { product, owner, stall } = await sellerWithProduct();
    const res = await createBatch(owner, product);
    expect(res.status).toBe(201);
    const batch = res.body.batch;
    expect(batch).toEqual({
      id: expect.any(String),
      productId: product.id,
      code: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/),
      traceUrl: `https://cho.example.vn/t/${batch.code}`,
      lot: "MO-2026-11",
      producedOn: "2026-11-20",
      bestBefore: "2027-11-20",
      quantity: 40,
      unit: "hũ 500 ml",
      inputs: [{ name: "Phân hữu cơ vi sinh", supplier: "HTX Hướng Phùng", lot: "PB-7", appliedOn: "2026-08-01" }],
      note: "Thu từ rừng tràm",
      eventCount: 0,
      createdAt: expect.any(String),
    });

    const again = await createBatch(owner, product, batchBody({ quantity: 3 }));
    expect(again.status).toBe(409);
    // The same lot name on another product of the stall is fine, and gets an unrelated code.
    const other = await buildProduct(t.ds, { stall });
    const second = await createBatch(owner, other);
    expect(second.status).toBe(201);
    expect(second.body.batch.code).not.toBe(batch.code);

    const list = await http.get(`/api/seller/products/${product.id}/batches`).set(authHeader(t, owner));
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: batch.id }] });
  });

  it("draws codes independently: 2000 codes are distinct and use every character", () => {
    const codes = Array.from({ length: 2000 }, newTraceCode);
    expect(new Set(codes).size).toBe(2000);
    expect(new Set(codes.join("")).size).toBe(32);
    for (const c of codes.slice(0, 50)) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it("are refused for another stall's product and validated", async () => {
    const { product } = await sellerWithProduct();
    const stranger = await ownerOf(await buildStall(t.ds));
    expect((await createBatch(stranger, product)).status).toBe(404);
    expect((await http.get(`/api/seller/products/${product.id}/batches`).set(authHeader(t, stranger))).status).toBe(404);
    const { owner } = await sellerWithProduct();
    expect((await createBatch(await buildUser(t.ds), product)).status).toBe(403);
    for (const bad of [{ quantity: 0 }, { producedOn: "20/11/2026" }, { bestBefore: "2026-01-01" }, { code: "AAAAAAAAAA" }])
      expect((await createBatch(owner, product, batchBody(bad))).status).toBe(400);
  });
});

describe("events", () => {
  it("form one hash chain that the reader can recompute", async () => {
    const { product, owner } = await sellerWithProduct();
    const { batch } = (await createBatch(owner, product)).body;
    const steps = [
      event({ type: "input", occurredAt: "2026-08-01T08:00:00+07:00", note: "Bón phân hữu cơ", place: "Vườn Tà Puồng" }),
      event(),
      event({ type: "packing", occurredAt: "2026-11-21T09:00:00.123Z", note: "Đóng hũ, dán tem" }),
    ];
    const made = [];
    for (const s of steps) {
      const res = await addEvent(owner, batch.id, s);
      expect(res.status).toBe(201);
      made.push(res.body.event);
    }
    expect(made[0]).toMatchObject({ seq: 1, type: "input", place: "Vườn Tà Puồng", prevHash: "0".repeat(64), photo: null });
    expect(made[0].occurredAt).toBe("2026-08-01T01:00:00.000Z");
    expect(made[1].prevHash).toBe(made[0].hash);
    expect(made[2].prevHash).toBe(made[1].hash);

    const detail = await http.get(`/api/seller/batches/${batch.id}`).set(authHeader(t, owner));
    expect(detail.status).toBe(200);
    expect(detail.body.batch.eventCount).toBe(3);
    expect(detail.body.events.map((e: Ev) => e.seq)).toEqual([1, 2, 3]);
    expect(recompute(batch.code, detail.body.events)).toEqual([true, true, true]);
    // Any edit shows: a changed note no longer hashes to the stored hash.
    expect(recompute(batch.code, [{ ...detail.body.events[0], note: "Không bón gì" }])).toEqual([false]);
  });

  it("appended at the same time on one batch still form a single chain", async () => {
    const { product, owner } = await sellerWithProduct();
    const { batch } = (await createBatch(owner, product)).body;
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => addEvent(owner, batch.id, event({ note: `Bước ${i}` }))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const { events } = (await http.get(`/api/seller/batches/${batch.id}`).set(authHeader(t, owner))).body;
    expect(events.map((e: Ev) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(recompute(batch.code, events).every(Boolean)).toBe(true);
  });

  it("cannot be edited or deleted, through the API or in the database", async () => {
    const { product, owner } = await sellerWithProduct();
    const { batch } = (await createBatch(owner, product)).body;
    const { event: e } = (await addEvent(owner, batch.id, event())).body;
    const h = authHeader(t, owner);
    for (const res of [
      await http.patch(`/api/seller/batches/${batch.id}/events/${e.id}`).set(h).send({ note: "sửa" }),
      await http.put(`/api/seller/batches/${batch.id}/events/${e.id}`).set(h).send(event()),
      await http.delete(`/api/seller/batches/${batch.id}/events/${e.id}`).set(h),
      await http.delete(`/api/seller/batches/${batch.id}`).set(h),
      await http.patch(`/api/seller/batches/${batch.id}`).set(h).send({ lot: "x" }),
    ])
      expect([404, 405]).toContain(res.status);
    await expect(t.ds.query(`UPDATE trace_event SET note = 'sửa' WHERE id = $1`, [e.id])).rejects.toThrow(/append-only/);
    await expect(t.ds.query(`DELETE FROM trace_event WHERE id = $1`, [e.id])).rejects.toThrow(/append-only/);
  });

  it("cannot happen in the future (a few minutes of phone clock skew pass)", async () => {
    const { product, owner } = await sellerWithProduct();
    const { batch } = (await createBatch(owner, product)).body;
    const inAnHour = new Date(clock.now().getTime() + 3600_000).toISOString();
    const res = await addEvent(owner, batch.id, event({ occurredAt: inAnHour }));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe("body.occurredAt");
    const skewed = new Date(clock.now().getTime() + 60_000).toISOString();
    expect((await addEvent(owner, batch.id, event({ occurredAt: skewed }))).status).toBe(201);
    for (const bad of [{ type: "eating" }, { note: "" }, { occurredAt: "2026-11-20" }, { hash: "0" }])
      expect((await addEvent(owner, batch.id, event(bad))).status).toBe(400);
  });

  it("of another stall's batch are 404", async () => {
    const { product, owner } = await sellerWithProduct();
    const { batch } = (await createBatch(owner, product)).body;
    const stranger = await ownerOf(await buildStall(t.ds));
    expect((await addEvent(stranger, batch.id, event())).status).toBe(404);
    expect((await http.get(`/api/seller/batches/${batch.id}`).set(authHeader(t, stranger))).status).toBe(404);
    expect((await http.get(`/api/seller/batches/${batch.id}`).set(authHeader(t, owner))).body.events).toEqual([]);
  });

  it("may carry a photo (multipart), whose content hash is chained", async () => {
    const { product, owner } = await sellerWithProduct();
    const { batch } = (await createBatch(owner, product)).body;
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#3a7" } })
      .png()
      .toBuffer();
    const res = await http
      .post(`/api/seller/batches/${batch.id}/events`)
      .set(authHeader(t, owner))
      .field("type", "inspection")
      .field("occurredAt", "2026-11-22T10:00:00+07:00")
      .field("note", "Kiểm tra độ ẩm")
      .attach("photo", png, { filename: "kiem-tra.png", contentType: "image/png" });
    expect(res.status).toBe(201);
    expect(res.body.event.photoHash).toBe(crypto.createHash("sha256").update(png).digest("hex"));
    expect(res.body.event.photo.url).toMatch(/^\/media\/[a-f0-9]{64}-\d+\.webp$/);
    expect(recompute(batch.code, [res.body.event])).toEqual([true]);
    // A multipart body without a photo is an ordinary event.
    const plain = await http
      .post(`/api/seller/batches/${batch.id}/events`)
      .set(authHeader(t, owner))
      .field("type", "packing")
      .field("occurredAt", "2026-11-22T11:00:00+07:00")
      .field("note", "Đóng gói");
    expect(plain.status).toBe(201);
    expect(plain.body.event.photo).toBeNull();
  });
});

describe("helpers' batch writes", () => {
  const auditOf = (grantId: string) =>
    t.ds.query<{ route: string; target_id: string; actor_id: string; before: unknown; after: Record<string, unknown> }[]>(
      `SELECT route, target_id, actor_id, before, after FROM stall_audit WHERE grant_id = $1 ORDER BY at, id`,
      [grantId],
    );

  it("are audited in their transaction: who, which batch, what; the owner's own writes are not", async () => {
    const { stall, product, owner } = await sellerWithProduct();
    const { grant, helper } = await buildGrant(t.ds, stall, { scopes: ["catalog"] });
    const as = { ...authHeader(t, helper), "X-Acting-For-Stall": stall.id };
    const created = await http
      .post(`/api/seller/products/${product.id}/batches`)
      .set(as)
      .send(batchBody({ lot: "GIUP-1" }));
    expect(created.status).toBe(201);
    const { batch } = created.body;
    const appended = await http
      .post(`/api/seller/batches/${batch.id}/events`)
      .set(as)
      .send(event({ type: "packing" }));
    expect(appended.status).toBe(201);
    expect(await auditOf(grant.id)).toEqual([
      {
        route: "POST /seller/products/:id/batches",
        target_id: batch.id,
        actor_id: helper.id,
        before: null,
        after: { productId: product.id, lot: "GIUP-1", code: batch.code, quantity: 40, unit: "hũ 500 ml" },
      },
      {
        route: "POST /seller/batches/:id/events",
        target_id: batch.id,
        actor_id: helper.id,
        before: null,
        after: { event: appended.body.event.id, seq: 1, type: "packing", hash: appended.body.event.hash },
      },
    ]);
    // Refused writes leave nothing: a taken lot, a future event.
    expect(
      (
        await http
          .post(`/api/seller/products/${product.id}/batches`)
          .set(as)
          .send(batchBody({ lot: "GIUP-1" }))
      ).status,
    ).toBe(409);
    expect(
      (
        await http
          .post(`/api/seller/batches/${batch.id}/events`)
          .set(as)
          .send(event({ occurredAt: "2027-01-01T00:00:00Z" }))
      ).status,
    ).toBe(400);
    expect(await auditOf(grant.id)).toHaveLength(2);
    // The owner writes without an audit row.
    expect((await createBatch(owner, product, batchBody({ lot: "CHU-1" }))).status).toBe(201);
    const rows = await t.ds.query<unknown[]>(`SELECT 1 FROM stall_audit WHERE stall_id = $1`, [stall.id]);
    expect(rows).toHaveLength(2);
  });

  it("need the catalog scope", async () => {
    const { stall, product } = await sellerWithProduct();
    const { helper } = await buildGrant(t.ds, stall, { scopes: ["orders"] });
    const res = await http
      .post(`/api/seller/products/${product.id}/batches`)
      .set({ ...authHeader(t, helper), "X-Acting-For-Stall": stall.id })
      .send(batchBody());
    expect(res.status).toBe(403);
    expect(await t.ds.query(`SELECT 1 FROM trace_batch WHERE product_id = $1`, [product.id])).toEqual([]);
  });
});
