import { randomUUID } from "node:crypto";
import { User } from "../users/user.entity";
import type { Stall } from "../stalls/stall.entity";
import { authHeader, buildGrant, buildStall, buildUser, unique } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let stall: Stall;
let seller: User;
let admin: User;
beforeAll(async () => {
  t = await startTestApp();
  stall = await buildStall(t.ds);
  seller = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const valid = (over: object = {}) => ({
  code: `tet${unique()}`.slice(0, 20),
  kind: "percent",
  value: 10,
  maxDiscount: 50000,
  startsAt: "2026-01-01T00:00:00+07:00",
  endsAt: "2027-01-01T00:00:00+07:00",
  ...over,
});
const asSeller = (body: object, who: User = seller) => t.http.post("/api/seller/vouchers").set(authHeader(t, who)).send(body);
const asAdmin = (body: object, who: User = admin) => t.http.post("/api/admin/vouchers").set(authHeader(t, who)).send(body);

describe("vouchers", () => {
  it("a stall's seller creates one: upper-cased code, perUserLimit 1 by default, nothing used", async () => {
    const body = valid();
    const res = await asSeller(body);
    expect(res.status).toBe(201);
    expect(res.body.voucher).toMatchObject({
      owner: "stall",
      stallId: stall.id,
      code: body.code.toUpperCase(),
      kind: "percent",
      value: 10,
      perUserLimit: 1,
      used: 0,
      status: "active",
    });
    expect(res.body.voucher.createdById).toBeUndefined();
  });

  it("codes are unique per owner, case-insensitively; another owner may reuse one", async () => {
    const body = valid();
    expect((await asSeller(body)).status).toBe(201);
    const again = await asSeller({ ...body, code: body.code.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(body.code.toUpperCase());
    const other = await buildStall(t.ds);
    const otherOwner = await t.ds.getRepository(User).findOneByOrFail({ id: other.ownerId });
    expect((await asSeller(body, otherOwner)).status).toBe(201);
    const platform = await asAdmin(body);
    expect(platform.status).toBe(201);
    expect(platform.body.voucher).toMatchObject({ owner: "platform", stallId: null });
  });

  it("admin routes are for admins; seller routes for approved stalls", async () => {
    const shopper = await buildUser(t.ds);
    expect((await asAdmin(valid(), shopper)).status).toBe(403);
    expect((await asAdmin(valid(), seller)).status).toBe(403);
    expect((await asSeller(valid(), shopper)).status).toBe(403);
    expect((await t.http.post("/api/admin/vouchers").send(valid())).status).toBe(401);
  });

  it("refuses bad bodies with a readable 400", async () => {
    for (const bad of [
      valid({ value: 120 }),
      valid({ kind: "bogus" }),
      valid({ endsAt: "2025-01-01T00:00:00+07:00" }),
      valid({ code: "a b" }),
      valid({ extra: 1 }),
      valid({ value: 1.5 }),
      valid({ productIds: ["not-a-uuid"] }),
    ]) {
      const res = await asSeller(bad);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBeTruthy();
    }
  });

  it("lists only the owner's vouchers, then pauses and edits one; another stall's id is 404", async () => {
    const created = (await asSeller(valid({ totalQuantity: 10 }))).body.voucher;
    const list = await t.http.get("/api/seller/vouchers").set(authHeader(t, seller));
    expect(list.status).toBe(200);
    expect(list.body.items.map((v: { id: string }) => v.id)).toContain(created.id);
    expect(list.body.items.every((v: { stallId: string }) => v.stallId === stall.id)).toBe(true);

    const paused = await t.http
      .patch(`/api/seller/vouchers/${created.id}`)
      .set(authHeader(t, seller))
      .send({ status: "paused", totalQuantity: 20 });
    expect(paused.status).toBe(200);
    expect(paused.body.voucher).toMatchObject({ status: "paused", totalQuantity: 20 });

    const other = await buildStall(t.ds);
    const otherOwner = await t.ds.getRepository(User).findOneByOrFail({ id: other.ownerId });
    const foreign = await t.http
      .patch(`/api/seller/vouchers/${created.id}`)
      .set(authHeader(t, otherOwner))
      .send({ status: "active" });
    expect(foreign.status).toBe(404);
    const viaAdmin = await t.http.patch(`/api/admin/vouchers/${created.id}`).set(authHeader(t, admin)).send({});
    expect(viaAdmin.status).toBe(404);
  });

  it("a helper with the catalog scope creates one, and the write is in the stall's audit", async () => {
    const helper = await buildUser(t.ds);
    await buildGrant(t.ds, stall, { helper, scopes: ["catalog"] });
    const res = await t.http
      .post("/api/seller/vouchers")
      .set({ ...authHeader(t, helper), "X-Acting-For-Stall": stall.id })
      .send(valid());
    expect(res.status).toBe(201);
    const rows = await t.ds.query(`SELECT route FROM stall_audit WHERE target_id = $1`, [res.body.voucher.id]);
    expect(rows).toEqual([{ route: "POST /seller/vouchers" }]);
  });

  it("an edit never ends a voucher before it starts, nor sets the quantity below its uses", async () => {
    const v = (await asAdmin(valid({ totalQuantity: 5 }))).body.voucher;
    await t.ds.query(`UPDATE voucher SET used = 3 WHERE id = $1`, [v.id]);
    const patch = (body: object) => t.http.patch(`/api/admin/vouchers/${v.id}`).set(authHeader(t, admin)).send(body);
    expect((await patch({ endsAt: "2025-06-01T00:00:00+07:00" })).status).toBe(400);
    const below = await patch({ totalQuantity: 2 });
    expect(below.status).toBe(409);
    expect(below.body.error.message).toContain("3");
    const ok = await patch({ totalQuantity: null });
    expect(ok.status).toBe(200);
    expect(ok.body.voucher).toMatchObject({ totalQuantity: null, used: 3 });
  });

  it("an edit replaces what it applies to, and empty lists make it apply to the whole stall again", async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const v = (await asSeller(valid({ productIds: [a] }))).body.voucher;
    const patch = (body: object) => t.http.patch(`/api/seller/vouchers/${v.id}`).set(authHeader(t, seller)).send(body);
    const narrowed = await patch({ categoryIds: [b, b], productIds: [] });
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.voucher).toMatchObject({ categoryIds: [b], productIds: [] });
    const untouched = await patch({ status: "paused" });
    expect(untouched.body.voucher).toMatchObject({ categoryIds: [b], productIds: [] });
    const whole = await patch({ categoryIds: [], productIds: [] });
    expect(whole.body.voucher).toMatchObject({ categoryIds: [], productIds: [] });
    expect((await patch({ productIds: ["nope"] })).status).toBe(400);
  });
});
