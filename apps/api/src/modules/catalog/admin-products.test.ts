import { User } from "../users/user.entity";
import { OutboxMessage } from "../notifications/outbox.entity";
import type { Stall } from "../stalls/stall.entity";
import type { Category } from "./category.entity";
import type { Product } from "./product.entity";
import { authHeader, buildCategory, buildProduct, buildStall, buildUser, unique } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { servicesOf } from "../../app";
import { listenForCatalogChanges } from "./catalog-changes";

let t: TestApp;
let admin: User;
let seller: User;
let stall: Stall;
let category: Category;
beforeAll(async () => {
  t = await startTestApp();
  admin = await buildUser(t.ds, { role: "admin", fullName: "Trần Quản Trị" });
  stall = await buildStall(t.ds);
  seller = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  category = await buildCategory(t.ds);
});
afterAll(() => t.close());

const as = (user: User) => authHeader(t, user);
const hide = (id: string, body: object = { reason: "Ảnh sản phẩm không đúng thực tế" }, who = admin) =>
  t.http.post(`/api/admin/products/${id}/hide`).set(as(who)).send(body);
const unhide = (id: string, who = admin) => t.http.post(`/api/admin/products/${id}/unhide`).set(as(who)).send({});
const product = (name = `Nước mắm Cửa Việt ${unique()}`) => buildProduct(t.ds, { stall, category, name });
const address = {
  fullName: "Lê Thị Mua",
  phone: "0912345678",
  province: "quang-tri",
  ward: "Phường Đông Hà",
  street: "1 Hùng Vương",
};

describe("product moderation", () => {
  it("is for admins only", async () => {
    const p = await product();
    expect((await t.http.get("/api/admin/products")).status).toBe(401);
    expect((await t.http.get("/api/admin/products").set(as(seller))).status).toBe(403);
    expect((await hide(p.id, undefined, seller)).status).toBe(403);
    expect((await unhide(p.id, seller)).status).toBe(403);
    expect((await t.http.get(`/api/products/${p.slug}`)).status).toBe(200);
  });

  it("lists every product with its stall, finds names without accents and filters", async () => {
    const draft = await buildProduct(t.ds, { stall, category, name: `Tiêu Cam Lộ ${unique()}`, status: "draft" });
    const res = await t.http.get("/api/admin/products").query({ q: "tieu cam lo", stall: stall.id }).set(as(admin));
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toContain(draft.id);
    const item = res.body.items.find((i: { id: string }) => i.id === draft.id);
    expect(item).toMatchObject({
      status: "draft",
      public: false,
      hidden: null,
      moderationCount: 0,
      stall: { id: stall.id, name: stall.name, status: "approved" },
      category: { id: category.id },
    });
    const drafts = await t.http.get("/api/admin/products").query({ stall: stall.id, status: "draft" }).set(as(admin));
    expect(drafts.body.items.every((i: { status: string }) => i.status === "draft")).toBe(true);

    for (const query of [{ hidden: "maybe" }, { stall: "not-a-uuid" }, { limit: 61 }, { status: "gone" }, { sneaky: 1 }]) {
      const bad = await t.http.get("/api/admin/products").query(query).set(as(admin));
      expect([bad.status, bad.body.error.code]).toEqual([400, "validation_failed"]);
    }
  });

  it("rejects a missing or short reason, unknown and malformed ids", async () => {
    const p = await product();
    for (const body of [{}, { reason: "xấu" }, { reason: 42 }, { reason: "x".repeat(1001) }]) {
      const res = await hide(p.id, body);
      expect([res.status, res.body.error.details?.[0]?.path]).toEqual([400, "body.reason"]);
    }
    expect((await hide(p.id, { reason: "Hàng giả mạo nhãn OCOP", extra: true })).status).toBe(400);
    expect((await hide("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await hide("42")).status).toBe(400);
    expect((await unhide(p.id)).status).toBe(409);
    expect((await t.http.get(`/api/products/${p.slug}`)).status).toBe(200);
  });

  it("hides a product from every public place, keeps it for its seller with the reason, and shows it again", async () => {
    const p = await product(`Mật ong rừng Hướng Hóa ${unique()}`);
    const shopper = await buildUser(t.ds);
    expect((await t.http.put("/api/cart/items").set(as(shopper)).send({ productId: p.id, quantity: 2 })).status).toBe(200);
    const countBefore = (await t.http.get(`/api/stalls/${stall.slug}`)).body.stall.productCount;

    const res = await hide(p.id, { reason: "  Ảnh sản phẩm không đúng thực tế  " });
    expect(res.status).toBe(200);
    expect(res.body.product).toMatchObject({
      id: p.id,
      public: false,
      status: "active",
      hidden: { reason: "Ảnh sản phẩm không đúng thực tế", admin: { id: admin.id, fullName: "Trần Quản Trị" } },
      moderation: [{ action: "hide", reason: "Ảnh sản phẩm không đúng thực tế", admin: { id: admin.id } }],
    });

    // Gone for shoppers: page, lists, search, stall counts, sitemap, cart and checkout.
    expect((await t.http.get(`/api/products/${p.slug}`)).status).toBe(404);
    const listed = async (query: object) =>
      (await t.http.get("/api/products").query({ limit: 60, ...query })).body.items.some((i: { id: string }) => i.id === p.id);
    expect(await listed({ stall: stall.slug })).toBe(false);
    expect(await listed({ q: "mat ong rung huong hoa" })).toBe(false);
    expect((await t.http.get(`/api/stalls/${stall.slug}`)).body.stall.productCount).toBe(countBefore - 1);
    expect((await t.http.get("/sitemap.xml")).text).not.toContain(p.slug);
    expect((await t.http.put("/api/cart/items").set(as(shopper)).send({ productId: p.id, quantity: 3 })).status).toBe(409);
    const cart = (await t.http.get("/api/cart").set(as(shopper))).body.cart;
    expect(cart.groups.flatMap((g: { lines: object[] }) => g.lines)).toEqual([
      expect.objectContaining({ productId: p.id, issues: ["unavailable"] }),
    ]);
    const order = await t.http
      .post("/api/checkout")
      .set(as(shopper))
      .set("Idempotency-Key", `k-${unique()}`)
      .send({ paymentMethod: "cod", shippingAddress: address, items: [{ productId: p.id, quantity: 1 }] });
    expect(order.status).toBe(409);
    expect(JSON.stringify(order.body.error)).toContain(p.name);
    // Other suites share the database (and may hide products too): look for this product's notice.
    const hiddenNotices = await t.ds.getRepository(OutboxMessage).findBy({ topic: "product.hidden" });
    expect(hiddenNotices.filter((n) => (n.payload as { productId?: string }).productId === p.id)).toHaveLength(1);

    // The seller still has it, with the reason; their edits do not unhide it; they can filter for it.
    const mine = await t.http.get(`/api/seller/products/${p.id}`).set(as(seller));
    expect(mine.body.product).toMatchObject({ status: "active", hidden: { reason: "Ảnh sản phẩm không đúng thực tế" } });
    const edited = await t.http
      .patch(`/api/seller/products/${p.id}`)
      .set(as(seller))
      .send({ name: `${p.name} (ảnh mới)`, status: "active" });
    expect(edited.body.product.hidden).not.toBeNull();
    const hiddenOnes = await t.http.get("/api/seller/products").query({ hidden: "true" }).set(as(seller));
    expect(hiddenOnes.body.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    expect((await t.http.get("/api/admin/products").query({ hidden: true }).set(as(admin))).body.items[0].id).toBe(p.id);

    // Fixed: the seller asks for another look, once; the admins see the request first in their queue.
    const ask = (body: object, who = seller) =>
      t.http.post(`/api/seller/products/${p.id}/request-review`).set(as(who)).send(body);
    expect((await ask({ note: "x".repeat(1001) })).status).toBe(400);
    expect((await ask({}, await t.ds.getRepository(User).findOneByOrFail({ id: (await buildStall(t.ds)).ownerId }))).status).toBe(
      404,
    );
    const asked = await ask({ note: "Đã thay ảnh chụp thật" });
    expect(asked.status).toBe(200);
    expect(asked.body.product.hidden).toMatchObject({ reviewRequestedAt: expect.any(String) });
    const notices = await t.ds.getRepository(OutboxMessage).findBy({ topic: "product.review_requested" });
    expect(notices.map((n) => n.payload)).toContainEqual({ productId: p.id, note: "Đã thay ảnh chụp thật" });
    expect((await ask({})).status).toBe(409);
    const queue = await t.http.get("/api/admin/products").query({ reviewRequested: "true" }).set(as(admin));
    expect(queue.body.items.find((i: { id: string }) => i.id === p.id).hidden.reviewRequest).toMatchObject({
      note: "Đã thay ảnh chụp thật",
    });

    expect((await hide(p.id)).status).toBe(409);
    const back = await unhide(p.id);
    expect(back.status).toBe(200);
    expect(back.body.product).toMatchObject({ public: true, hidden: null });
    expect(back.body.product.moderation.map((m: { action: string }) => m.action)).toEqual(["hide", "unhide"]);
    expect(back.body.product.moderationCount).toBe(2);
    expect((await t.http.get(`/api/products/${p.slug}`)).status).toBe(200);
    expect((await t.http.get(`/api/seller/products/${p.id}`).set(as(seller))).body.product.hidden).toBeNull();
    // Shown again: nothing left to ask.
    expect((await t.http.post(`/api/seller/products/${p.id}/request-review`).set(as(seller)).send({})).status).toBe(409);
  });

  it("keeps the record: a moderated product the seller deletes is archived instead", async () => {
    const p = await product();
    expect((await hide(p.id)).status).toBe(200);
    const del = await t.http.delete(`/api/seller/products/${p.id}`).set(as(seller));
    expect([del.status, del.body.product?.status]).toEqual([200, "archived"]);
    const { moderation } = (await t.http.get(`/api/admin/products/${p.id}`).set(as(admin))).body.product;
    expect(moderation).toEqual([expect.objectContaining({ action: "hide" })]);
  });

  it("decides once when admins race: one hide wins, the others get 409", async () => {
    const p = await product();
    const results = await Promise.all(Array.from({ length: 6 }, () => hide(p.id)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const { moderation } = (await t.http.get(`/api/admin/products/${p.id}`).set(as(admin))).body.product;
    expect(moderation).toHaveLength(1);
  });

  it("leaves every API process's cache at once: hidden on one replica, gone on the others (LISTEN/NOTIFY)", async () => {
    const env = { CATALOG_CACHE_SECONDS: "60" };
    const [a, b, deaf] = await Promise.all([startTestApp({ env }), startTestApp({ env }), startTestApp({ env })]);
    const stop = await listenForCatalogChanges(process.env.TEST_DATABASE_URL!, () => servicesOf(a.app).catalog.forget());
    try {
      const p = await product();
      const s = await buildStall(t.ds);
      const q = await buildProduct(t.ds, { stall: s, category });
      for (const app of [a, deaf])
        for (const slug of [p.slug, q.slug]) expect((await app.http.get(`/api/products/${slug}`)).status).toBe(200);
      const gone = async (slug: string) => {
        for (let i = 0; i < 40; i++) {
          if ((await a.http.get(`/api/products/${slug}`)).status === 404) return true;
          await new Promise((r) => setTimeout(r, 50));
        }
        return false;
      };

      const hidden = await b.http
        .post(`/api/admin/products/${p.id}/hide`)
        .set(authHeader(b, admin))
        .send({ reason: "Hàng không đúng mô tả" });
      expect(hidden.status).toBe(200);
      expect(await gone(p.slug)).toBe(true);
      const suspended = await b.http
        .post(`/api/admin/stalls/${s.id}/suspend`)
        .set(authHeader(b, admin))
        .send({ reason: "Vi phạm quy định" });
      expect(suspended.status).toBe(200);
      expect(await gone(q.slug)).toBe(true);
      // A seller's new price too.
      const owner = await t.ds.getRepository(User).findOneByOrFail({ id: s.ownerId });
      expect((await b.http.post(`/api/admin/stalls/${s.id}/reinstate`).set(authHeader(b, admin)).send({})).status).toBe(200);
      const r = await buildProduct(t.ds, { stall: s, category, price: 100000 });
      expect((await a.http.get(`/api/products/${r.slug}`)).body.product.price).toBe(100000);
      const repriced = await b.http.patch(`/api/seller/products/${r.id}`).set(authHeader(b, owner)).send({ price: 95000 });
      expect(repriced.status).toBe(200);
      let price = 0;
      for (let i = 0; i < 40 && price !== 95000; i++) {
        await new Promise((res) => setTimeout(res, 50));
        price = (await a.http.get(`/api/products/${r.slug}`)).body.product.price;
      }
      expect(price).toBe(95000);
      // A process that does not listen keeps its cached answer until it expires (what the listener is for).
      expect((await deaf.http.get(`/api/products/${p.slug}`)).status).toBe(200);
    } finally {
      await stop();
      await Promise.all([a.close(), b.close(), deaf.close()]);
    }
  });

  it("takes effect at once even behind the catalog cache", async () => {
    const cached = await startTestApp({ env: { CATALOG_CACHE_SECONDS: "60" } });
    try {
      const p: Product = await product();
      expect((await cached.http.get(`/api/products/${p.slug}`)).status).toBe(200);
      const res = await cached.http
        .post(`/api/admin/products/${p.id}/hide`)
        .set(authHeader(cached, admin))
        .send({ reason: "Sản phẩm không được phép bán" });
      expect(res.status).toBe(200);
      expect((await cached.http.get(`/api/products/${p.slug}`)).status).toBe(404);
    } finally {
      await cached.close();
    }
  });
});
