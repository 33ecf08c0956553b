import sharp from "sharp";
import { User } from "../users/user.entity";
import { authHeader, buildProduct, buildStall, buildUser, unique } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let admin: User;
beforeAll(async () => {
  t = await startTestApp();
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const application = (name = `Cà phê Khe Sanh ${unique()}`) => ({
  name,
  story: "Mình là Lan, 24 tuổi, cùng bố mẹ trồng cà phê Arabica trên đồi Khe Sanh.",
  province: "quang-tri",
  address: "Thôn 3, xã Khe Sanh, Quảng Trị",
  phone: "0912345678",
  businessType: "household",
  founderBirthYear: 2001,
});

async function applyAs(user: User, body: object = application()) {
  return t.http.post("/api/stalls").set(authHeader(t, user)).send(body);
}
const decide = (id: string, action: string, body: object = {}, who: User = admin) =>
  t.http.post(`/api/admin/stalls/${id}/${action}`).set(authHeader(t, who)).send(body);
const role = async (u: User) => (await t.ds.getRepository(User).findOneByOrFail({ id: u.id })).role;

describe("stall applications", () => {
  it("opens a pending stall with a slug made from the Vietnamese name", async () => {
    const user = await buildUser(t.ds);
    const u = unique();
    const res = await applyAs(user, application(`Cà phê Khe Sanh ${u}`));
    expect(res.status).toBe(201);
    expect(res.body.stall).toMatchObject({
      status: "pending",
      slug: `ca-phe-khe-sanh-${u}`,
      founderBirthYear: 2001,
      province: { slug: "quang-tri", name: "Quảng Trị" },
    });
    expect(res.body.stall.owner.id).toBe(user.id);
    expect(await role(user)).toBe("shopper");
  });

  it("keeps slugs unique: the second stall with the same name gets -2", async () => {
    const name = `Nước mắm Cửa Việt ${unique()}`;
    const a = await applyAs(await buildUser(t.ds), application(name));
    const b = await applyAs(await buildUser(t.ds), application(name));
    expect(b.body.stall.slug).toBe(`${a.body.stall.slug}-2`);
  });

  it("allows one stall per user (409), even when two applications race", async () => {
    const user = await buildUser(t.ds);
    const both = await Promise.all([applyAs(user), applyAs(user)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await applyAs(user)).status).toBe(409);
  });

  it("validates the application strictly", async () => {
    const user = await buildUser(t.ds);
    expect((await t.http.post("/api/stalls").send(application())).status).toBe(401);
    const bad = await applyAs(user, {
      ...application(),
      province: "atlantis",
      phone: "123",
      businessType: "empire",
      status: "approved",
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["body.province", "body.phone", "body.businessType", "body.status"]));
    expect((await applyAs(user, { ...application(), founderBirthYear: 2025 })).status).toBe(400);
  });

  it("lets the owner read and edit their stall, and only theirs", async () => {
    const owner = await buildUser(t.ds);
    const other = await buildUser(t.ds);
    await applyAs(owner);
    expect((await t.http.get("/api/me/stall").set(authHeader(t, other))).status).toBe(404);
    const edit = await t.http
      .patch("/api/me/stall")
      .set(authHeader(t, owner))
      .send({ description: "Cà phê rang mộc, không tẩm ướp." });
    expect(edit.status).toBe(200);
    expect(edit.body.stall.description).toBe("Cà phê rang mộc, không tẩm ướp.");
    expect((await t.http.patch("/api/me/stall").set(authHeader(t, owner)).send({ status: "approved" })).status).toBe(400);
  });

  it("stores a logo through the image pipeline", async () => {
    const owner = await buildUser(t.ds);
    await applyAs(owner);
    const png = await sharp({ create: { width: 600, height: 600, channels: 3, background: "#1f6f43" } })
      .png()
      .toBuffer();
    const res = await t.http.post("/api/me/stall/logo").set(authHeader(t, owner)).attach("image", png, "logo.png");
    expect(res.status).toBe(201);
    expect(res.body.stall.logo.variants.map((v: { width: number }) => v.width)).toEqual([320, 600]);
    const media = await t.http.get(res.body.stall.logo.variants[0].url);
    expect(media.status).toBe(200);
    expect(media.headers["content-type"]).toBe("image/webp");
    const text = await t.http
      .post("/api/me/stall/banner")
      .set(authHeader(t, owner))
      .attach("image", Buffer.from("#!/bin/sh\nrm -rf /"), "banner.jpg");
    expect(text.status).toBe(415);
    expect((await t.http.delete("/api/me/stall/logo").set(authHeader(t, owner))).body.stall.logo).toBeNull();
  });
});

describe("admin decisions", () => {
  it("are for admins only", async () => {
    const user = await buildUser(t.ds);
    const stall = await buildStall(t.ds, { status: "pending" });
    expect((await t.http.get("/api/admin/stalls").set(authHeader(t, user))).status).toBe(403);
    expect((await decide(stall.id, "approve", {}, user)).status).toBe(403);
    expect((await t.http.get("/api/admin/stalls")).status).toBe(401);
  });

  it("list the pending queue oldest first", async () => {
    const first = await buildStall(t.ds, { status: "pending" });
    const second = await buildStall(t.ds, { status: "pending" });
    const res = await t.http.get("/api/admin/stalls?status=pending&limit=60").set(authHeader(t, admin));
    expect(res.status).toBe(200);
    expect(res.body.items.every((s: { status: string }) => s.status === "pending")).toBe(true);
    const ids = res.body.items.map((s: { id: string }) => s.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(res.body).toMatchObject({ page: 1, limit: 60, total: expect.any(Number) });
  });

  it("approve: the owner becomes a seller and the decision is recorded", async () => {
    const owner = await buildUser(t.ds);
    const { body } = await applyAs(owner);
    const res = await decide(body.stall.id, "approve");
    expect(res.status).toBe(200);
    expect(res.body.stall.status).toBe("approved");
    expect(res.body.stall.decisions).toEqual([
      expect.objectContaining({ action: "approve", reason: null, admin: { id: admin.id, fullName: admin.fullName } }),
    ]);
    expect(await role(owner)).toBe("seller");
    expect((await decide(body.stall.id, "approve")).status).toBe(409);
    const detail = await t.http.get(`/api/admin/stalls/${body.stall.id}`).set(authHeader(t, admin));
    expect(detail.body.stall.owner.email).toBe(owner.email);
  });

  it("reject needs a reason, which the applicant sees; editing re-applies", async () => {
    const owner = await buildUser(t.ds);
    const { body } = await applyAs(owner);
    expect((await decide(body.stall.id, "reject", {})).status).toBe(400);
    expect((await decide(body.stall.id, "reject", { reason: "Thiếu giấy đăng ký hộ kinh doanh" })).status).toBe(200);
    const mine = await t.http.get("/api/me/stall").set(authHeader(t, owner));
    expect(mine.body.stall).toMatchObject({ status: "rejected", statusReason: "Thiếu giấy đăng ký hộ kinh doanh" });
    expect((await decide(body.stall.id, "suspend", { reason: "không thể" })).status).toBe(409);
    const again = await t.http.patch("/api/me/stall").set(authHeader(t, owner)).send({ businessRegistrationNo: "29A8012345" });
    expect(again.body.stall.status).toBe("pending");
    expect((await decide(body.stall.id, "approve")).status).toBe(200);
  });

  it("suspend hides the stall and its products everywhere; reinstate brings them back; nothing is deleted", async () => {
    const stall = await buildStall(t.ds);
    const owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    const product = await buildProduct(t.ds, { stall, name: `Mật ong rừng ${unique()}` });
    const isPublic = async () => {
      const list = await t.http.get(`/api/products?stall=${stall.slug}`);
      const page = await t.http.get(`/api/products/${product.slug}`);
      const stallPage = await t.http.get(`/api/stalls/${stall.slug}`);
      return [list.body.total as number, page.status, stallPage.status];
    };
    expect(await isPublic()).toEqual([1, 200, 200]);

    const suspended = await decide(stall.id, "suspend", { reason: "Bán hàng giả nhãn OCOP" });
    expect(suspended.body.stall).toMatchObject({ status: "suspended", statusReason: "Bán hàng giả nhãn OCOP" });
    expect(await isPublic()).toEqual([0, 404, 404]);
    expect(await role(owner)).toBe("shopper");
    const seller = await t.http.get("/api/seller/products").set(authHeader(t, owner));
    expect(seller.status).toBe(403);

    expect((await decide(stall.id, "reinstate")).status).toBe(200);
    expect(await isPublic()).toEqual([1, 200, 200]);
    expect(await role(owner)).toBe("seller");
    const decisions = (await t.http.get(`/api/admin/stalls/${stall.id}`).set(authHeader(t, admin))).body.stall.decisions;
    expect(decisions.map((d: { action: string }) => d.action)).toEqual(["suspend", "reinstate"]);
  });

  it("answers 404 for unknown stalls and 400 for malformed ids", async () => {
    expect((await decide("00000000-0000-4000-8000-000000000000", "approve")).status).toBe(404);
    expect((await decide("not-a-uuid", "approve")).status).toBe(400);
    expect((await t.http.get("/api/admin/stalls/00000000-0000-4000-8000-000000000000").set(authHeader(t, admin))).status).toBe(
      404,
    );
  });
});
