import sharp from "sharp";
import type supertest from "supertest";
import { Product } from "../catalog/product.entity";
import { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { Review } from "./review.entity";
import { SelfReviewsLeaveRatings1764420000001 } from "../../db/migrations/1764420000001-self-reviews-leave-ratings";
import { authHeader, buildCategory, buildGrant, buildOrder, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let http: ReturnType<typeof supertest>;

beforeAll(async () => {
  t = await startTestApp();
  http = t.http;
});
afterAll(() => t.close());

const png = (color: string) =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: color } })
    .png()
    .toBuffer();
const review = (product: Product, who: User, body: object = { rating: 5 }) =>
  http.post(`/api/products/${product.id}/reviews`).set(authHeader(t, who)).send(body);
const rating = async (product: Product) => {
  const p = await t.ds.getRepository(Product).findOneByOrFail({ id: product.id });
  return { avg: p.ratingAvg, count: p.ratingCount };
};
/** A buyer who has received `product` (a delivered stall order unless told). */
const receivedBy = async (product: Product, fullName = "Nguyễn Thị Lan", status: "delivered" | "completed" = "delivered") => {
  const buyer = await buildUser(t.ds, { fullName });
  await buildOrder(t.ds, { buyer, items: [{ product }], status });
  return buyer;
};
const ownerOf = async (product: Product) => {
  const stall = await t.ds.query<{ owner_id: string }[]>(`SELECT s.owner_id FROM stall s WHERE s.id = $1`, [product.stallId]);
  return t.ds.getRepository(User).findOneByOrFail({ id: stall[0]!.owner_id });
};

describe("writing a review", () => {
  it("is for buyers who received the product, once each, and keeps the product's rating", async () => {
    const product = await buildProduct(t.ds);
    const lan = await receivedBy(product, "Nguyễn Thị Lan");

    const res = await review(product, lan, { rating: 5, text: "  Mật ong thơm, đóng gói cẩn thận.  " });
    expect(res.status).toBe(201);
    expect(res.body.review).toEqual({
      id: expect.any(String),
      productId: product.id,
      rating: 5,
      text: "Mật ong thơm, đóng gói cẩn thận.",
      image: null,
      authorName: "Lan",
      reply: null,
      repliedAt: null,
      hidden: false,
      createdAt: expect.any(String),
    });
    expect(await rating(product)).toEqual({ avg: 5, count: 1 });
    const itemsOf = async (who: User) => {
      const [{ code }] = (await http.get("/api/orders").set(authHeader(t, who))).body.items as [{ code: string }];
      const { order } = (await http.get(`/api/orders/${code}`).set(authHeader(t, who))).body;
      return (order as { stallOrders: { items: object[] }[] }).stallOrders.flatMap((so) => so.items);
    };
    expect(await itemsOf(lan)).toEqual([expect.objectContaining({ productId: product.id, reviewed: true })]);

    const again = await review(product, lan, { rating: 1 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");

    const minh = await receivedBy(product, "Trần Văn Minh", "completed");
    expect(await itemsOf(minh)).toEqual([expect.objectContaining({ productId: product.id, reviewed: false })]);
    expect((await review(product, minh, { rating: 4 })).status).toBe(201);
    expect(await rating(product)).toEqual({ avg: 4.5, count: 2 });
    const hoa = await receivedBy(product, "Lê Thị Hoa");
    expect((await review(product, hoa, { rating: 4 })).status).toBe(201);
    const after = await rating(product);
    expect(after.count).toBe(3);
    expect(after.avg).toBeCloseTo(4.33, 5); // rounded to 2 decimals
  });

  it("is refused before delivery, without a purchase, for someone else's order and for unknown products", async () => {
    const product = await buildProduct(t.ds);
    const waiting = await buildUser(t.ds);
    await buildOrder(t.ds, { buyer: waiting, items: [{ product }], status: "shipped" });
    const res = await review(product, waiting);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe("You can review products you have received");

    expect((await review(product, await buildUser(t.ds))).status).toBe(403);
    // Having received another product of the same stall does not count.
    const other = await buildProduct(t.ds);
    expect((await review(product, await receivedBy(other))).status).toBe(403);
    expect((await review({ id: "00000000-0000-4000-8000-000000000000" } as Product, waiting)).status).toBe(404);
    expect(await rating(product)).toEqual({ avg: 0, count: 0 });
  });

  it("takes the author from the token only, and validates the rating", async () => {
    const product = await buildProduct(t.ds);
    const buyer = await receivedBy(product);
    const someoneElse = await buildUser(t.ds);
    expect((await http.post(`/api/products/${product.id}/reviews`).send({ rating: 5 })).status).toBe(401);
    const forged = await review(product, buyer, { rating: 5, authorId: someoneElse.id });
    expect(forged.status).toBe(400);
    expect(forged.body.error.details[0].path).toContain("authorId");
    for (const bad of [0, 6, 4.5, "5", null]) expect((await review(product, buyer, { rating: bad })).status).toBe(400);
    expect((await http.post(`/api/products/not-a-uuid/reviews`).set(authHeader(t, buyer)).send({ rating: 5 })).status).toBe(400);
    expect(await t.ds.getRepository(Review).countBy({ productId: product.id })).toBe(0);
  });

  it("lets exactly one of several simultaneous submissions through", async () => {
    const product = await buildProduct(t.ds);
    const buyer = await receivedBy(product);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => review(product, buyer, { rating: 1 + (i % 5) })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await t.ds.getRepository(Review).countBy({ productId: product.id })).toBe(1);
    expect((await rating(product)).count).toBe(1);
  });
});

describe("a review's photo", () => {
  it("is the author's to add once and replace; others get 404", async () => {
    const product = await buildProduct(t.ds);
    const buyer = await receivedBy(product);
    const id = (await review(product, buyer)).body.review.id;
    const upload = (who: User, bytes: Buffer, reviewId = id) =>
      http.post(`/api/reviews/${reviewId}/photo`).set(authHeader(t, who)).attach("image", bytes, "photo.png");

    const first = await upload(buyer, await png("#c8a000"));
    expect(first.status).toBe(201);
    expect(first.body.review.image).toMatchObject({
      width: 900,
      height: 600,
      url: expect.stringMatching(/^\/media\/[a-f0-9]{64}-800\.webp$/),
    });
    const second = await upload(buyer, await png("#2e7d32"));
    expect(second.status).toBe(201);
    expect(second.body.review.image.url).not.toBe(first.body.review.image.url);
    expect((await t.ds.getRepository(Review).findOneByOrFail({ id })).image?.hash).toBe(
      second.body.review.image.url.slice(7, 71),
    );

    const stranger = await buildUser(t.ds);
    expect((await upload(stranger, await png("#000000"))).status).toBe(404);
    expect((await upload(buyer, await png("#000000"), "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const notImage = await upload(buyer, Buffer.from("not an image at all"));
    expect(notImage.status).toBe(415);
    expect((await http.post(`/api/reviews/${id}/photo`).attach("image", await png("#000000"), "a.png")).status).toBe(401);
  });
});

describe("the public list", () => {
  it("shows visible reviews newest first with given names only, paged", async () => {
    const product = await buildProduct(t.ds);
    const names = ["Nguyễn Thị Lan", "Trần Văn Minh", "Phạm Hoàng Anh Tuấn"];
    const ids: string[] = [];
    for (const n of names)
      ids.push((await review(product, await receivedBy(product, n), { rating: 4, text: "Ngon, sẽ mua lại" })).body.review.id);

    const all = await http.get(`/api/products/${product.id}/reviews`);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, limit: 24 });
    expect(all.body.items.map((r: { authorName: string }) => r.authorName)).toEqual(["Tuấn", "Minh", "Lan"]);
    expect(JSON.stringify(all.body)).not.toMatch(/Nguyễn|authorId|@test\.chophien\.vn/);

    const page2 = await http.get(`/api/products/${product.id}/reviews?page=2&limit=2`);
    expect(page2.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(page2.body.items.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
    expect((await http.get(`/api/products/${product.id}/reviews?limit=100`)).status).toBe(400);
  });

  it("is 404 for unknown and non-public products", async () => {
    expect((await http.get(`/api/products/00000000-0000-4000-8000-000000000000/reviews`)).status).toBe(404);
    const draft = await buildProduct(t.ds, { status: "draft" });
    expect((await http.get(`/api/products/${draft.id}/reviews`)).status).toBe(404);
  });
});

describe("the seller's reply", () => {
  it("comes once from the owner of the stall that sells the product; other stalls get 404", async () => {
    const product = await buildProduct(t.ds);
    const owner = await ownerOf(product);
    const id = (await review(product, await receivedBy(product), { rating: 3, text: "Giao hơi chậm" })).body.review.id;
    const reply = (who: User, text = "Cảm ơn bạn, lần sau shop sẽ giao nhanh hơn ạ!") =>
      http.post(`/api/seller/reviews/${id}/reply`).set(authHeader(t, who)).send({ text });

    const otherStall = await buildStall(t.ds);
    const otherOwner = await t.ds.getRepository(User).findOneByOrFail({ id: otherStall.ownerId });
    expect((await reply(otherOwner)).status).toBe(404);
    expect((await reply(await buildUser(t.ds))).status).toBe(403);
    expect((await reply(owner, "x")).status).toBe(400);

    const res = await reply(owner);
    expect(res.status).toBe(200);
    expect(res.body.review).toMatchObject({
      id,
      reply: "Cảm ơn bạn, lần sau shop sẽ giao nhanh hơn ạ!",
      repliedAt: expect.any(String),
    });
    const again = await reply(owner, "Trả lời lần hai");
    expect(again.status).toBe(409);
    expect((await t.ds.getRepository(Review).findOneByOrFail({ id })).reply).toBe(
      "Cảm ơn bạn, lần sau shop sẽ giao nhanh hơn ạ!",
    );

    const pub = await http.get(`/api/products/${product.id}/reviews`);
    expect(pub.body.items[0].reply).toBe("Cảm ơn bạn, lần sau shop sẽ giao nhanh hơn ạ!");
  });

  it("sees the reviews of the stall's products, replied or not, in the console", async () => {
    const stall = await buildStall(t.ds);
    const owner = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    const [a, b] = [await buildProduct(t.ds, { stall }), await buildProduct(t.ds, { stall })];
    const first = (await review(a, await receivedBy(a))).body.review.id;
    const second = (await review(b, await receivedBy(b))).body.review.id;
    await review(await buildProduct(t.ds), await buildUser(t.ds)); // another stall's, refused anyway
    await http.post(`/api/seller/reviews/${first}/reply`).set(authHeader(t, owner)).send({ text: "Cảm ơn bạn nhiều!" });

    const res = await http.get("/api/seller/reviews").set(authHeader(t, owner));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((r: { id: string; reply: string | null }) => [r.id, r.reply !== null])).toEqual([
      [second, false],
      [first, true],
    ]);
    expect((await http.get("/api/seller/reviews").set(authHeader(t, await buildUser(t.ds)))).status).toBe(403);
  });
});

describe("hiding a review", () => {
  it("is for admins; a hidden review leaves the public list and the rating, and can come back", async () => {
    const product = await buildProduct(t.ds);
    const good = (await review(product, await receivedBy(product, "Võ Thị Sáu"), { rating: 5 })).body.review.id;
    const spam = (await review(product, await receivedBy(product, "Kẻ Phá Đám"), { rating: 1, text: "quảng cáo" })).body.review
      .id;
    expect(await rating(product)).toEqual({ avg: 3, count: 2 });
    const admin = await buildUser(t.ds, { role: "admin" });
    const hide = (id: string, who: User = admin) => http.post(`/api/admin/reviews/${id}/hide`).set(authHeader(t, who));

    expect((await hide(spam, await ownerOf(product))).status).toBe(403);
    expect((await hide("00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const hidden = await hide(spam);
    expect(hidden.status).toBe(200);
    expect(hidden.body.review).toMatchObject({ id: spam, hidden: true });
    expect(await rating(product)).toEqual({ avg: 5, count: 1 });
    expect((await hide(spam)).status).toBe(200); // hiding twice changes nothing
    const pub = await http.get(`/api/products/${product.id}/reviews`);
    expect(pub.body.items.map((r: { id: string }) => r.id)).toEqual([good]);
    expect(pub.body.total).toBe(1);

    expect((await hide(good)).status).toBe(200);
    expect(await rating(product)).toEqual({ avg: 0, count: 0 });

    const shown = await http.post(`/api/admin/reviews/${spam}/unhide`).set(authHeader(t, admin));
    expect(shown.body.review).toMatchObject({ id: spam, hidden: false });
    expect(await rating(product)).toEqual({ avg: 1, count: 1 });
  });
});

describe("self-dealing", () => {
  it("refuses the stall's owner a review of the stall's products (403 self_review), even after buying and receiving it", async () => {
    const product = await buildProduct(t.ds);
    const owner = await ownerOf(product);
    await buildOrder(t.ds, { buyer: owner, items: [{ product }], status: "completed" });
    const res = await review(product, owner, { rating: 5, text: "Sản phẩm tuyệt vời nhất chợ" });
    expect(res.status).toBe(403);
    expect(res.body.error).toEqual({
      code: "self_review",
      message: "You cannot review your own stall's products: ratings are the buyers' word",
    });
    // Without a purchase too; and the owner may still review another stall's product they received.
    const stall = await t.ds.getRepository(Stall).findOneByOrFail({ id: product.stallId });
    const other = await buildProduct(t.ds, { stall });
    expect((await review(other, owner)).body.error.code).toBe("self_review");
    const elsewhere = await buildProduct(t.ds);
    await buildOrder(t.ds, { buyer: owner, items: [{ product: elsewhere }] });
    expect((await review(elsewhere, owner, { rating: 4 })).status).toBe(201);
    expect(await rating(product)).toEqual({ avg: 0, count: 0 });
    expect(await t.ds.getRepository(Review).countBy({ productId: product.id })).toBe(0);
  });

  it("refuses a helper who acts (or acted) for the stall under a grant, but not one whose grant was never consented", async () => {
    const product = await buildProduct(t.ds);
    const stall = await t.ds.getRepository(Stall).findOneByOrFail({ id: product.stallId });
    for (const status of ["active", "revoked", "expired"] as const) {
      const { helper } = await buildGrant(t.ds, stall, { status });
      await buildOrder(t.ds, { buyer: helper, items: [{ product }], status: "completed" });
      const res = await review(product, helper, { rating: 5 });
      expect([status, res.status, res.body.error?.code]).toEqual([status, 403, "self_review"]);
    }
    const { helper: asked } = await buildGrant(t.ds, stall, { status: "awaiting_consent" });
    await buildOrder(t.ds, { buyer: asked, items: [{ product }], status: "completed" });
    expect((await review(product, asked, { rating: 4 })).status).toBe(201);
  });

  it("leaves a review the owner wrote before out of the rating, the 'top rated' order and the public list", async () => {
    const category = await buildCategory(t.ds);
    const product = await buildProduct(t.ds, { category });
    const rival = await buildProduct(t.ds, { category });
    const owner = await ownerOf(product);
    // Honest buyers: 3 stars here, 4 for the rival.
    expect((await review(product, await receivedBy(product, "Phan Văn Bình"), { rating: 3 })).status).toBe(201);
    expect((await review(rival, await receivedBy(rival, "Đỗ Thị Hạnh"), { rating: 4 })).status).toBe(201);
    // Written before owners were refused (straight into the table), with the rating it then produced.
    await t.ds.query(`INSERT INTO review (product_id, author_id, rating, text) VALUES ($1, $2, 5, 'Tự khen')`, [
      product.id,
      owner.id,
    ]);
    await t.ds.query(`UPDATE product SET rating_avg = 4.5, rating_count = 2 WHERE id = $1`, [product.id]);
    const topRated = async () => {
      const res = await http.get(`/api/products?category=${category.slug}&sort=rating`);
      expect(res.status).toBe(200);
      return (res.body.items as { id: string }[]).map((p) => p.id);
    };
    expect(await topRated()).toEqual([product.id, rival.id]); // the self-review lifted it above the rival

    // The migration rebuilds such ratings from the buyers' reviews alone.
    const runner = t.ds.createQueryRunner();
    try {
      await new SelfReviewsLeaveRatings1764420000001().up(runner);
    } finally {
      await runner.release();
    }
    expect(await rating(product)).toEqual({ avg: 3, count: 1 });
    expect(await rating(rival)).toEqual({ avg: 4, count: 1 });
    expect(await topRated()).toEqual([rival.id, product.id]);

    // Any later recomputation keeps it out too (another buyer's review, then an admin hiding and showing one).
    expect((await review(product, await receivedBy(product, "Vũ Minh Tâm"), { rating: 5 })).status).toBe(201);
    expect(await rating(product)).toEqual({ avg: 4, count: 2 });
    const listed = await http.get(`/api/products/${product.id}/reviews`);
    expect(listed.body.items.map((r: { text: string | null }) => r.text)).not.toContain("Tự khen");
    expect(listed.body.total).toBe(2);
  });
});
