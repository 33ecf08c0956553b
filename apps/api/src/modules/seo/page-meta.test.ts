import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import express from "express";
import supertest from "supertest";
import { spaRoutes } from "../../http/spa";
import { CatalogService } from "../catalog/catalog.service";
import { ProductImage } from "../catalog/product-image.entity";
import { LiveService } from "../live/live.service";
import { User } from "../users/user.entity";
import { Product } from "../catalog/product.entity";
import { authHeader, buildProduct, buildStall } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { systemClock } from "../../lib/clock";
import { Batch } from "../traceability/batch.entity";
import { newTraceCode } from "../traceability/batches.service";
import { TraceService } from "../traceability/trace.service";
import { plainSummary, storefrontPageMeta } from "./page-meta";

// The storefront's index.html as Vite builds it: fallback tags the app removes when it starts.
const INDEX = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <title data-fallback-meta>Chợ Phiên — đặc sản OCOP</title>
    <meta
      data-fallback-meta
      name="description"
      content="Chợ Phiên — mua cà phê Khe Sanh"
    />
    <meta data-fallback-meta property="og:title" content="Chợ Phiên" />
    <script type="module" src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

let t: TestApp;
let dist: string;
let http: ReturnType<typeof supertest>;
beforeAll(async () => {
  t = await startTestApp();
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-spa-"));
  fs.writeFileSync(path.join(dist, "index.html"), INDEX);
  const app = express();
  const catalog = new CatalogService(t.ds);
  const trace = new TraceService({ ds: t.ds, clock: systemClock, publicUrl: "https://chophien.example.vn", visitorKey: "k" });
  app.use(
    "/",
    spaRoutes(
      dist,
      "storefront",
      storefrontPageMeta({ catalog, publicUrl: "https://chophien.example.vn", trace, live: new LiveService(t.ds, systemClock) }),
    ),
  );
  http = supertest(app);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

/** The content of `<meta … key="name" content="…">` in `html`. */
const metaOf = (html: string, name: string) =>
  html.match(new RegExp(`<meta data-fallback-meta (?:name|property)="${name}" content="([^"]*)"`))?.[1];

describe("link previews of storefront pages", () => {
  it("put a product's name, price, stall, picture and structured data in the HTML itself", async () => {
    const stall = await buildStall(t.ds, { name: "Mật ong Hướng Hóa", province: "quang-tri" });
    const product = await buildProduct(t.ds, {
      stall,
      name: `Mật ong hoa cà phê <b>"thật"</b>`,
      price: 180000,
      description: "## Mật ong **nguyên chất**\n\nThu hoạch ở [Hướng Hóa](https://example.vn) mùa hoa cà phê.",
    });
    const res = await http.get(`/san-pham/${product.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-cache");
    const html = res.text;
    // The fallback tags are gone, each tag appears once, and the title is escaped.
    expect(html).not.toContain("đặc sản OCOP");
    expect(html.match(/<title/g)).toHaveLength(1);
    expect(html).toContain(
      `<title data-fallback-meta>Mật ong hoa cà phê &lt;b&gt;&quot;thật&quot;&lt;/b&gt; · Chợ Phiên</title>`,
    );
    expect(metaOf(html, "description")).toBe(
      "180.000 ₫ · gói 500g · Mật ong Hướng Hóa, Quảng Trị. Mật ong nguyên chất Thu hoạch ở Hướng Hóa mùa hoa cà phê.",
    );
    expect(metaOf(html, "og:type")).toBe("product");
    expect(metaOf(html, "og:url")).toBe(`https://chophien.example.vn/san-pham/${product.slug}`);
    expect(metaOf(html, "product:price:amount")).toBe("180000");
    expect(metaOf(html, "product:price:currency")).toBe("VND");
    const ld = JSON.parse(html.match(/<script data-fallback-meta type="application\/ld\+json">(.*?)<\/script>/)![1]!);
    expect(ld).toMatchObject({
      "@type": "Product",
      offers: { price: 180000, priceCurrency: "VND", availability: "https://schema.org/InStock" },
      brand: { name: "Mật ong Hướng Hóa" },
    });
    expect(html).not.toMatch(/<script data-fallback-meta[^>]*>[^<]*<b>/); // "<" inside JSON-LD is escaped
    expect(html).toContain(`<script type="module" src="/assets/index-abc.js"></script>`);
  });

  it("answer 404 for a product or stall that is not public, and leave other pages alone", async () => {
    const product = await buildProduct(t.ds);
    await t.ds.getRepository(Product).update({ id: product.id }, { status: "draft" });
    for (const url of [`/san-pham/${product.slug}`, "/san-pham/khong-co", "/gian-hang/khong-co", "/san-pham/%3Cscript%3E"]) {
      const res = await http.get(url);
      expect([url, res.status]).toEqual([url, 404]);
      expect(res.text).toContain('<div id="root">');
    }
    const home = await http.get("/tim-kiem?q=ca+phe");
    expect([home.status, home.text]).toEqual([200, INDEX]);
  });

  it("describe a stall by its story and province", async () => {
    const stall = await buildStall(t.ds, { name: "Cà phê Khe Sanh Hữu Cơ", province: "quang-tri" });
    const html = (await http.get(`/gian-hang/${stall.slug}`)).text;
    expect(html).toContain("<title data-fallback-meta>Cà phê Khe Sanh Hữu Cơ · Chợ Phiên</title>");
    expect(metaOf(html, "description")).toMatch(/^Quảng Trị · 0 sản phẩm\. /);
  });

  it("keep a seller's dollar signs as text (no replacement patterns)", async () => {
    const stall = await buildStall(t.ds, { name: "Gian $` hàng" });
    const product = await buildProduct(t.ds, { stall, name: "Mật ong $' đặc biệt", description: "Giá $& tốt $$ nhất" });
    const html = (await http.get(`/san-pham/${product.slug}`)).text;
    expect(html).toContain("<title data-fallback-meta>Mật ong $&#39; đặc biệt · Chợ Phiên</title>");
    expect(metaOf(html, "description")).toContain("Giá $&amp; tốt $$ nhất");
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(html.match(/<body>/g)).toHaveLength(1);
  });

  it("cut descriptions at a word, plain", () => {
    expect(plainSummary("**Một** hai ba bốn năm", 12)).toBe("Một hai ba…");
    expect(plainSummary("ngắn")).toBe("ngắn");
    expect(plainSummary("Thơm ngon.\n- Làm thủ công\n- Không phẩm màu\n1. Cay vừa")).toBe(
      "Thơm ngon. Làm thủ công Không phẩm màu Cay vừa",
    );
  });
});

describe("link previews of batch trace pages", () => {
  it("name the product, lot, stall and province, and do not count as openings; unknown codes are 404", async () => {
    const stall = await buildStall(t.ds, { name: "Hồ tiêu Cùa", province: "quang-tri" });
    const product = await buildProduct(t.ds, { stall, name: "Hồ tiêu đen Cùa" });
    const code = newTraceCode();
    const batch = await t.ds.getRepository(Batch).save(
      t.ds.getRepository(Batch).create({
        productId: product.id,
        stallId: stall.id,
        code,
        lot: "HT-24",
        producedOn: "2026-11-02",
        bestBefore: null,
        quantity: 5,
        unit: "gói",
        inputs: [],
        note: null,
      }),
    );
    const res = await http.get(`/t/${code.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("<title data-fallback-meta>Nguồn gốc Hồ tiêu đen Cùa · lô HT-24 · Chợ Phiên</title>");
    expect(metaOf(res.text, "description")).toBe(
      "Hồ tiêu Cùa, Quảng Trị · sản xuất 02/11/2026 · 0 sự kiện trong nhật ký có mã băm, không thể sửa.",
    );
    expect(metaOf(res.text, "og:url")).toBe(`https://chophien.example.vn/t/${code}`);
    expect((await t.ds.getRepository(Batch).findOneByOrFail({ id: batch.id })).opens).toBe(0);
    expect((await http.get("/t/0000000000")).status).toBe(404);
    expect((await http.get("/t/not-a-code")).status).toBe(404);
  });
});

describe("link previews of live sessions", () => {
  it("name the session and its host stall, give the time in GMT+7, the offers and the first offer's picture", async () => {
    const stall = await buildStall(t.ds, { name: "Hợp tác xã Khe Sanh", province: "quang-tri" });
    const seller = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
    const withPicture = await buildProduct(t.ds, { stall, price: 150_000 });
    await t.ds.getRepository(ProductImage).insert({
      productId: withPicture.id,
      position: 0,
      hash: "c".repeat(64),
      width: 1000,
      height: 800,
      widths: [320, 800, 1000],
    });
    const plain = await buildProduct(t.ds, { stall, price: 90_000 });
    const created = await t.http.post("/api/seller/live-sessions").set(authHeader(t, seller)).send({
      title: "Phiên chợ cà phê <Khe Sanh>",
      startsAt: "2026-12-20T13:00:00.000Z",
      endsAt: "2026-12-20T14:30:00.000Z",
      platform: "tiktok",
    });
    expect(created.status).toBe(201);
    const session = created.body.session as { id: string; slug: string };
    const bare = await http.get(`/live/${session.slug}`);
    expect(bare.status).toBe(200);
    expect(metaOf(bare.text, "og:image")).toBeUndefined();
    expect(metaOf(bare.text, "twitter:card")).toBe("summary");
    expect(metaOf(bare.text, "og:description")).toBe(
      "Phiên chợ trực tiếp 20:00 20/12/2026 – 21:30 20/12/2026 (GMT+7) · 0 ưu đãi giá live.",
    );

    for (const product of [withPicture, plain]) {
      const res = await t.http
        .post(`/api/seller/live-sessions/${session.id}/offers`)
        .set(authHeader(t, seller))
        .send({ productId: product.id, livePrice: 80_000, quantity: 3 });
      expect(res.status).toBe(201);
    }
    const res = await http.get(`/live/${session.slug}`);
    expect(res.status).toBe(200);
    const html = res.text;
    expect(html).not.toContain("đặc sản OCOP");
    expect(html).toContain(
      "<title data-fallback-meta>Phiên chợ cà phê &lt;Khe Sanh&gt; · Hợp tác xã Khe Sanh · Chợ Phiên</title>",
    );
    expect(metaOf(html, "og:title")).toBe("Phiên chợ cà phê &lt;Khe Sanh&gt; · Hợp tác xã Khe Sanh · Chợ Phiên");
    expect(metaOf(html, "og:description")).toBe(
      "Phiên chợ trực tiếp 20:00 20/12/2026 – 21:30 20/12/2026 (GMT+7) · 2 ưu đãi giá live.",
    );
    expect(metaOf(html, "og:url")).toBe(`https://chophien.example.vn/live/${session.slug}`);
    expect(metaOf(html, "og:image")).toMatch(/^https?:\/\/.*c{8}/);
    expect(metaOf(html, "twitter:card")).toBe("summary_large_image");
  });

  it("serve the plain page for an unknown session or the confirmation page", async () => {
    for (const url of ["/live/khong-co-phien-nay", "/live/xac-nhan", "/live/%3Cscript%3E", "/live"]) {
      const res = await http.get(url);
      expect([url, res.status, res.text]).toEqual([url, 200, INDEX]);
    }
  });
});
