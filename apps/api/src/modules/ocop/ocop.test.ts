import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import express from "express";
import sharp from "sharp";
import supertest2 from "supertest";
import { spaRoutes } from "../../http/spa";
import { CatalogService } from "../catalog/catalog.service";
import { storefrontPageMeta } from "../seo/page-meta";
import type supertest from "supertest";
import { fixedClock } from "../../lib/clock";
import type { Category } from "../catalog/category.entity";
import type { Product } from "../catalog/product.entity";
import { OutboxMessage } from "../notifications/outbox.entity";
import type { Stall } from "../stalls/stall.entity";
import { User } from "../users/user.entity";
import { authHeader, buildCategory, buildProduct, buildStall, buildUser } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { composeOcopReminder } from "../notifications/notifications.service";
import { addMonths, OcopService } from "./ocop.service";
import { OCOP_MOVES } from "./ocop-state";

const DAY = 86_400_000;
const clock = fixedClock(new Date("2026-11-30T03:00:00.000Z"));
let t: TestApp;
let http: ReturnType<typeof supertest>;
let admin: User;
beforeAll(async () => {
  t = await startTestApp({ clock });
  http = t.http;
  admin = await buildUser(t.ds, { role: "admin" });
});
afterAll(() => t.close());

const ownerOf = (stall: Stall) => t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
const market = async () => {
  const category = await buildCategory(t.ds);
  const stall = await buildStall(t.ds, { name: "HTX Mật ong Hướng Phùng" });
  const product = await buildProduct(t.ds, { stall, category, name: "Mật ong rừng Hướng Phùng" });
  return { category, stall, product, owner: await ownerOf(stall) };
};
const body = (product: Product, over: object = {}) => ({
  regime: "148-2023",
  productGroup: "food",
  stars: 4,
  score: 78,
  issuingLevel: "province",
  issuingAuthority: "UBND tỉnh Quảng Trị",
  decisionNo: "2468/QĐ-UBND",
  decisionDate: "2025-03-14",
  productIds: [product.id],
  ...over,
});
const submit = (owner: User, b: object) => http.post("/api/seller/ocop-certificates").set(authHeader(t, owner)).send(b);
const decide = (id: string, move: "verify" | "reject" | "revoke", b: object = {}) =>
  http.post(`/api/admin/ocop-certificates/${id}/${move}`).set(authHeader(t, admin)).send(b);
const card = async (category: Category, product: Product, query: object = {}) => {
  const res = await http.get("/api/products").query({ category: category.slug, ...query });
  expect(res.status).toBe(200);
  return {
    item: (res.body.items as { id: string; ocopStars: number | null }[]).find((i) => i.id === product.id),
    total: res.body.total as number,
    facets: res.body.facets.ocopStars as { value: string; count: number }[],
  };
};
const page = async (product: Product) => (await http.get(`/api/products/${product.slug}`).expect(200)).body.product;

describe("submitting", () => {
  it("records a submitted certificate, valid 36 months from the decision unless given, and shows no star yet", async () => {
    const { category, product, owner } = await market();
    const res = await submit(owner, body(product));
    expect(res.status).toBe(201);
    expect(res.body.certificate).toMatchObject({
      status: "submitted",
      stars: 4,
      validUntil: "2028-03-14",
      productIds: [product.id],
    });
    expect((await card(category, product)).item?.ocopStars).toBeNull();
    expect((await page(product)).ocop).toBeNull();
    const mine = await http.get("/api/seller/ocop-certificates").set(authHeader(t, owner)).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([res.body.certificate.id]);
    const shorter = await submit(owner, body(product, { validUntil: "2027-01-31" }));
    expect(shorter.body.certificate.validUntil).toBe("2027-01-31");
  });

  it.each([
    ["a 4★ score outside 70–89", { score: 95 }, "body.score"],
    ["a 3★ score outside 50–69", { stars: 3, score: 70 }, "body.score"],
    ["5★ not decided centrally", { stars: 5, score: 92 }, "body.issuingLevel"],
    [
      "a district decision from 2025-07-01",
      { stars: 3, score: 60, issuingLevel: "district", decisionDate: "2025-07-01" },
      "body.issuingLevel",
    ],
    ["a decision date in the future", { decisionDate: "2026-12-01" }, "body.decisionDate"],
    ["validUntil later than 36 months", { validUntil: "2028-03-15" }, "body.validUntil"],
    ["an unknown regime", { regime: "2000-2000" }, "body.regime"],
    ["an unknown field", { status: "verified" }, "body"],
    ["no products", { productIds: [] }, "body.productIds"],
  ])("refuses %s with 400", async (_name, over, path) => {
    const { product, owner } = await market();
    const res = await submit(owner, body(product, over));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details)).toContain(path);
  });

  it("accepts the band edges and a district 3★ decided before 2025-07-01", async () => {
    const { product, owner } = await market();
    expect((await submit(owner, body(product, { score: 70 }))).status).toBe(201);
    expect((await submit(owner, body(product, { score: 89 }))).status).toBe(201);
    expect(
      (
        await submit(
          owner,
          body(product, { stars: 5, score: 90, issuingLevel: "central", issuingAuthority: "Bộ Nông nghiệp và Môi trường" }),
        )
      ).status,
    ).toBe(201);
    const district = await submit(
      owner,
      body(product, {
        stars: 3,
        score: 50,
        issuingLevel: "district",
        decisionDate: "2025-06-30",
        issuingAuthority: "UBND huyện Hướng Hóa",
      }),
    );
    expect(district.status).toBe(201);
  });

  it("refuses a certificate already expired at submission with 422", async () => {
    const { product, owner } = await market();
    const res = await submit(owner, body(product, { decisionDate: "2023-11-20", regime: "148-2023" }));
    expect(res.status).toBe(422);
  });

  it("refuses another stall's product with 404, and another stall's certificate with 404", async () => {
    const { product, owner } = await market();
    const other = await market();
    expect((await submit(owner, body(product, { productIds: [product.id, other.product.id] }))).status).toBe(404);
    const theirs = await submit(other.owner, body(other.product));
    await http.get(`/api/seller/ocop-certificates/${theirs.body.certificate.id}`).set(authHeader(t, owner)).expect(404);
  });
});

describe("the lifecycle", () => {
  it("is a table with a move from each state", () => {
    expect(OCOP_MOVES).toEqual({
      verify: { from: ["submitted"], to: "verified" },
      reject: { from: ["submitted"], to: "rejected" },
      revoke: { from: ["verified"], to: "revoked" },
      supersede: { from: ["verified"], to: "superseded" },
      expire: { from: ["verified"], to: "expired" },
    });
  });

  it("verify shows the star on the card, the filter, the facets and the product page; revoke takes it away at once", async () => {
    const { category, product, owner } = await market();
    const cert = (await submit(owner, body(product))).body.certificate;
    expect((await card(category, product, { ocopMin: 4 })).total).toBe(0);

    const verified = await decide(cert.id, "verify");
    expect(verified.status).toBe(200);
    expect(verified.body.certificate.status).toBe("verified");
    expect(verified.body.certificate.decisions).toEqual([expect.objectContaining({ action: "verify", adminId: admin.id })]);
    const shown = await card(category, product, { ocopMin: 4 });
    expect(shown.item?.ocopStars).toBe(4);
    expect(shown.total).toBe(1);
    expect(shown.facets).toEqual([{ value: "4", count: 1, label: "4★" }]);
    expect((await card(category, product, { ocopMin: 5 })).total).toBe(0);
    expect((await page(product)).ocop).toEqual({
      stars: 4,
      validUntil: "2028-03-14",
      decisionDate: "2025-03-14",
      issuingAuthority: "UBND tỉnh Quảng Trị",
      issuingLevel: "province",
      decisionNo: "2468/QĐ-UBND",
      documentUrl: null,
    });

    const revoked = await decide(cert.id, "revoke", { reason: "Không tái đánh giá đúng hạn", decisionNo: "77/QĐ-UBND" });
    expect(revoked.status).toBe(200);
    expect(revoked.body.certificate).toMatchObject({
      status: "revoked",
      reason: "Không tái đánh giá đúng hạn",
      revocationDecisionNo: "77/QĐ-UBND",
    });
    const gone = await card(category, product, { ocopMin: 3 });
    expect(gone.total).toBe(0);
    expect(gone.facets).toEqual([]);
    expect((await card(category, product)).item?.ocopStars).toBeNull();
    expect((await page(product)).ocop).toBeNull();
  });

  it("puts hasCertification in the product page's JSON-LD only while a verified certificate backs the star", async () => {
    const { product, owner } = await market();
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-ocop-spa-"));
    fs.writeFileSync(
      path.join(dist, "index.html"),
      `<!doctype html><html lang="vi"><head><title data-fallback-meta>Chợ Phiên</title></head><body><div id="root"></div></body></html>`,
    );
    const spa = express().use(
      "/",
      spaRoutes(
        dist,
        "storefront",
        storefrontPageMeta({ catalog: new CatalogService(t.ds), publicUrl: "https://cho.example.vn" }),
      ),
    );
    const ld = async () =>
      JSON.parse(
        (await supertest2(spa).get(`/san-pham/${product.slug}`)).text.match(
          /<script data-fallback-meta type="application\/ld\+json">(.*?)<\/script>/,
        )![1]!,
      );
    const cert = (await submit(owner, body(product))).body.certificate;
    expect((await ld()).hasCertification).toBeUndefined();
    await decide(cert.id, "verify").expect(200);
    expect((await ld()).hasCertification).toMatchObject({
      "@type": "Certification",
      certificationIdentification: "2468/QĐ-UBND",
      issuedBy: { name: "UBND tỉnh Quảng Trị" },
      certificationRating: { ratingValue: 4 },
      expires: "2028-03-14",
    });
    await decide(cert.id, "revoke", { reason: "Thu hồi" }).expect(200);
    expect((await ld()).hasCertification).toBeUndefined();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("answers illegal moves with 409 and keeps who decided what and why", async () => {
    const { product, owner } = await market();
    const a = (await submit(owner, body(product))).body.certificate;
    expect((await decide(a.id, "revoke", { reason: "Chưa xác minh" })).status).toBe(409);
    expect((await decide(a.id, "reject", { reason: "Số quyết định không khớp" })).status).toBe(200);
    expect((await decide(a.id, "verify")).status).toBe(409);
    expect((await decide(a.id, "reject", { reason: "Lần nữa" })).status).toBe(409);
    expect((await decide(a.id, "revoke", { reason: "Lần nữa" })).status).toBe(409);
    const b = (await submit(owner, body(product))).body.certificate;
    await decide(b.id, "verify").expect(200);
    expect((await decide(b.id, "verify")).status).toBe(409);
    expect((await decide(b.id, "reject", { reason: "Đã xác minh rồi" })).status).toBe(409);
    await decide(b.id, "revoke", { reason: "Thu hồi" }).expect(200);
    expect((await decide(b.id, "revoke", { reason: "Thu hồi lại" })).status).toBe(409);
    expect((await decide(b.id, "verify")).status).toBe(409);
    const read = await http.get(`/api/admin/ocop-certificates/${a.id}`).set(authHeader(t, admin)).expect(200);
    expect(read.body.certificate.decisions).toEqual([
      expect.objectContaining({ action: "reject", reason: "Số quyết định không khớp", adminId: admin.id }),
    ]);
  });

  it("only admins decide", async () => {
    const { product, owner } = await market();
    const a = (await submit(owner, body(product))).body.certificate;
    const res = await http.post(`/api/admin/ocop-certificates/${a.id}/verify`).set(authHeader(t, owner)).send({});
    expect(res.status).toBe(403);
    expect((await decide(a.id, "reject", {})).status).toBe(400);
    expect((await decide(a.id, "verify", { stars: 5 })).status).toBe(400);
    expect((await http.post(`/api/admin/ocop-certificates/not-an-id/verify`).set(authHeader(t, admin)).send({})).status).toBe(
      400,
    );
  });

  it("supersedes the older verified certificate of the same products when a newer one is verified", async () => {
    const { category, product, owner } = await market();
    const old = (await submit(owner, body(product, { stars: 3, score: 65, decisionDate: "2024-05-02", regime: "148-2023" }))).body
      .certificate;
    await decide(old.id, "verify").expect(200);
    expect((await card(category, product)).item?.ocopStars).toBe(3);
    const newer = (await submit(owner, body(product, { stars: 4, score: 81, decisionDate: "2025-09-09", regime: "1489-2025" })))
      .body.certificate;
    await decide(newer.id, "verify").expect(200);
    const oldNow = await http.get(`/api/admin/ocop-certificates/${old.id}`).set(authHeader(t, admin)).expect(200);
    expect(oldNow.body.certificate).toMatchObject({ status: "superseded", supersededById: newer.id });
    const c = await card(category, product);
    expect(c.item?.ocopStars).toBe(4);
    expect(c.facets).toEqual([{ value: "4", count: 1, label: "4★" }]);
    // Superseded is final: it cannot be revoked or verified again.
    expect((await decide(old.id, "revoke", { reason: "x x x" })).status).toBe(409);
    // Revoking the newer one leaves no star (the superseded one does not come back).
    await decide(newer.id, "revoke", { reason: "Thu hồi" }).expect(200);
    expect((await card(category, product)).item?.ocopStars).toBeNull();
  });

  it("the product write API no longer takes `ocop` (400 unknown field)", async () => {
    const { product, owner } = await market();
    const res = await http
      .patch(`/api/seller/products/${product.id}`)
      .set(authHeader(t, owner))
      .send({ ocop: { stars: 5, certificateNo: "X", year: 2024 } });
    expect(res.status).toBe(400);
  });

  it("the admin queue lists submitted certificates oldest first and filters by stars", async () => {
    const { product, owner } = await market();
    const first = (await submit(owner, body(product, { stars: 3, score: 55 }))).body.certificate;
    clock.advance(1000);
    const second = (await submit(owner, body(product, { stars: 3, score: 56 }))).body.certificate;
    const q = await http
      .get("/api/admin/ocop-certificates")
      .query({ status: "submitted", stars: 3, limit: 60 })
      .set(authHeader(t, admin))
      .expect(200);
    const ids = q.body.items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(q.body.items.every((c: { stars: number; status: string }) => c.stars === 3 && c.status === "submitted")).toBe(true);
    expect((await http.get("/api/admin/ocop-certificates").query({ status: "nope" }).set(authHeader(t, admin))).status).toBe(400);
  });
});

describe("documents", () => {
  const attach = (owner: User, id: string, data: Buffer, name: string, type: string) =>
    http
      .post(`/api/seller/ocop-certificates/${id}/document`)
      .set(authHeader(t, owner))
      .attach("file", data, { filename: name, contentType: type });

  it("refuses HTML named .pdf and SVG (415), re-encodes a photo, and serves a PDF with JavaScript only as a download", async () => {
    const { product, owner } = await market();
    const cert = (await submit(owner, body(product))).body.certificate;
    expect(
      (await attach(owner, cert.id, Buffer.from("<html><script>alert(1)</script></html>"), "giay.pdf", "application/pdf")).status,
    ).toBe(415);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await attach(owner, cert.id, svg, "giay.svg", "image/svg+xml")).status).toBe(415);

    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#d9c79a" } })
      .withMetadata({ exif: { IFD0: { Artist: "GPS leak" } } })
      .jpeg()
      .toBuffer();
    const withPhoto = await attach(owner, cert.id, photo, "chung-nhan.jpg", "image/jpeg");
    expect(withPhoto.status).toBe(200);
    expect(withPhoto.body.certificate.documentType).toBe("image/webp");
    const mine = await http
      .get(`/api/seller/ocop-certificates/${cert.id}/document`)
      .set(authHeader(t, owner))
      .buffer(true)
      .expect(200);
    expect(mine.headers["content-disposition"]).toMatch(/^attachment;/);
    expect((await sharp(mine.body as Buffer).metadata()).format).toBe("webp");
    expect((await sharp(mine.body as Buffer).metadata()).exif).toBeUndefined();

    const pdf = Buffer.from(
      "%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF",
    );
    const withPdf = await attach(owner, cert.id, pdf, "quyet-dinh.html", "text/html");
    expect(withPdf.status).toBe(200);
    expect(withPdf.body.certificate.documentType).toBe("application/pdf");
    // Not public while unverified; public (as a download) once it backs a star.
    expect((await http.get(`/api/ocop-certificates/${cert.id}/document`)).status).toBe(404);
    await decide(cert.id, "verify").expect(200);
    const pub = await http.get(`/api/ocop-certificates/${cert.id}/document`).buffer(true).expect(200);
    expect(pub.headers["content-type"]).toBe("application/pdf");
    expect(pub.headers["content-disposition"]).toBe(`attachment; filename="ocop-${cert.id}.pdf"`);
    expect(pub.headers["x-content-type-options"]).toBe("nosniff");
    expect(Buffer.from(pub.body as Buffer).equals(pdf)).toBe(true);
    expect((await page(product)).ocop.documentUrl).toBe(`/api/ocop-certificates/${cert.id}/document`);
    // A verified certificate's document is final.
    expect((await attach(owner, cert.id, pdf, "x.pdf", "application/pdf")).status).toBe(409);
    const adminCopy = await http.get(`/api/admin/ocop-certificates/${cert.id}/document`).set(authHeader(t, admin));
    expect(adminCopy.headers["content-disposition"]).toMatch(/^attachment;/);
  });

  it("refuses another stall's certificate (404) and a file over 10 MB (413)", async () => {
    const { product, owner } = await market();
    const other = await market();
    const cert = (await submit(owner, body(product))).body.certificate;
    expect((await attach(other.owner, cert.id, Buffer.from("%PDF-1.4\n"), "a.pdf", "application/pdf")).status).toBe(404);
    const big = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await attach(owner, cert.id, big, "a.pdf", "application/pdf")).status).toBe(413);
  });
});

describe("expiry and reminders (own clock)", () => {
  const own = fixedClock(new Date("2026-11-30T03:00:00.000Z"));
  let u: TestApp;
  beforeAll(async () => {
    u = await startTestApp({ clock: own });
  });
  afterAll(() => u.close());

  it("the star vanishes the day after validUntil, with no job run, and the certificate reads expired", async () => {
    const category = await buildCategory(u.ds);
    const stall = await buildStall(u.ds);
    const product = await buildProduct(u.ds, { stall, category });
    const owner = await u.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    const res = await u.http
      .post("/api/seller/ocop-certificates")
      .set(authHeader(u, owner))
      .send(body(product, { validUntil: "2026-12-20" }));
    expect(res.status).toBe(201);
    await u.http
      .post(`/api/admin/ocop-certificates/${res.body.certificate.id}/verify`)
      .set(authHeader(u, admin))
      .send({})
      .expect(200);
    const list = async () => (await u.http.get("/api/products").query({ category: category.slug, ocopMin: 4 }).expect(200)).body;
    expect((await list()).total).toBe(1);
    own.advance(20 * DAY); // 2026-12-20 10:00 GMT+7: the last valid day
    expect((await list()).items[0].ocopStars).toBe(4);
    own.advance(DAY); // 2026-12-21
    const after = await list();
    expect(after.total).toBe(0);
    expect(after.facets.ocopStars).toEqual([]);
    expect((await u.http.get(`/api/products/${product.slug}`).expect(200)).body.product.ocop).toBeNull();
    const read = await u.http
      .get(`/api/seller/ocop-certificates/${res.body.certificate.id}`)
      .set(authHeader(u, owner))
      .expect(200);
    expect(read.body.certificate.status).toBe("expired");
    const [{ status }] = await u.ds.query(`SELECT status FROM ocop_certificate WHERE id = $1`, [res.body.certificate.id]);
    expect(status).toBe("expired");
    expect(
      (
        await u.http
          .post(`/api/admin/ocop-certificates/${res.body.certificate.id}/revoke`)
          .set(authHeader(u, admin))
          .send({ reason: "Hết hạn" })
      ).status,
    ).toBe(409);
  });

  it("mails once at 90 and once at 30 days before validUntil, even with two processes", async () => {
    const stall = await buildStall(u.ds);
    const product = await buildProduct(u.ds, { stall });
    const owner = await u.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    const today = new Date(own.now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const validUntil = addMonths(today, 3).slice(0, 8) + "01"; // about 70–90 days ahead
    const res = await u.http.post("/api/seller/ocop-certificates").set(authHeader(u, owner)).send(body(product, { validUntil }));
    expect(res.status).toBe(201);
    const id = res.body.certificate.id as string;
    await u.http.post(`/api/admin/ocop-certificates/${id}/verify`).set(authHeader(u, admin)).send({}).expect(200);
    const a = new OcopService(u.ds, own);
    const b = new OcopService(u.ds, own);
    const mails = async () =>
      (await u.ds.getRepository(OutboxMessage).findBy({ topic: "ocop.expiring" })).filter((m) => m.payload.certificateId === id);
    await Promise.all([a.sendReminders(), b.sendReminders(), a.sendReminders()]);
    expect((await mails()).map((m) => m.payload.days)).toEqual([90]);
    await b.sendReminders();
    expect(await mails()).toHaveLength(1);
    own.advance(60 * DAY);
    await Promise.all([a.sendReminders(), b.sendReminders()]);
    expect((await mails()).map((m) => m.payload.days).sort()).toEqual([30, 90]);
    // What the notification job sends for it: one letter to the owner naming the date and the products.
    const [letter] = await composeOcopReminder(u.ds.manager, (await mails())[0]!.payload);
    expect(letter).toMatchObject({ key: "owner", to: owner.email });
    expect(letter!.subject).toContain("hết hiệu lực ngày");
    expect(letter!.text).toContain(product.name);
    const expiring = await u.http
      .get("/api/admin/ocop-certificates")
      .query({ expiringWithinDays: 30, limit: 60 })
      .set(authHeader(u, admin))
      .expect(200);
    expect(expiring.body.items.map((c: { id: string }) => c.id)).toContain(id);
  });
});
