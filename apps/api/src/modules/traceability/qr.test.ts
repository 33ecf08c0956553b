import jsQR from "jsqr";
import { PNG } from "pngjs";
import type supertest from "supertest";
import { User } from "../users/user.entity";
import { authHeader, buildCategory, buildProduct, buildStall } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

let t: TestApp;
let http: ReturnType<typeof supertest>;
beforeAll(async () => {
  t = await startTestApp({ env: { PUBLIC_URL: "https://cho.example.vn" } });
  http = t.http;
});
afterAll(() => t.close());

/** Reads a PNG QR code the way a phone camera would; also returns its quiet zone and error-correction level. */
function scan(png: Buffer) {
  const img = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
  if (!code) throw new Error("no QR code found");
  const modules = 17 + 4 * code.version;
  const moduleSize = (code.location.topRightCorner.x - code.location.topLeftCorner.x) / modules;
  const dark = (row: number, col: number) => {
    const x = Math.floor(code.location.topLeftCorner.x + (col + 0.5) * moduleSize);
    const y = Math.floor(code.location.topLeftCorner.y + (row + 0.5) * moduleSize);
    return img.data[(y * img.width + x) * 4]! < 128;
  };
  // The two error-correction bits of the format information (row 8, columns 0 and 1), after its mask: Q reads light, dark.
  const level = ({ "11": "L", "10": "M", "01": "Q", "00": "H" } as const)[`${+dark(8, 0)}${+dark(8, 1)}` as "11"];
  return { url: code.data, quietZone: Math.round(code.location.topLeftCorner.x / moduleSize), level };
}

const sellerProduct = async () => {
  const stall = await buildStall(t.ds, { name: "Trà Hà Thúc" });
  const product = await buildProduct(t.ds, { stall });
  return { stall, product, owner: await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId }) };
};

describe("QR codes", () => {
  it("of a batch hold its absolute trace URL, with error correction Q and a 4-module quiet zone", async () => {
    const { product, owner } = await sellerProduct();
    const { batch } = (
      await http
        .post(`/api/seller/products/${product.id}/batches`)
        .set(authHeader(t, owner))
        .send({ lot: "TRA-01", producedOn: "2026-11-01", quantity: 10, unit: "gói" })
    ).body;
    const res = await http.get(`/api/trace/${batch.code}/qr.png`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("image/png");
    expect(scan(res.body as Buffer)).toEqual({ url: `https://cho.example.vn/t/${batch.code}`, quietZone: 4, level: "Q" });

    const svg = await http.get(`/api/trace/${batch.code}/qr.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(svg.text ?? String(svg.body)).toMatch(/^<svg[^>]+viewBox="0 0 (\d+) \1"/);
    expect((await http.get(`/api/trace/ZZZZZZZZZZ/qr.png`)).status).toBe(404);
  });

  it("of a stall and a product open their public pages; hidden ones are 404", async () => {
    const { stall, product } = await sellerProduct();
    const stallQr = await http.get(`/api/stalls/${stall.slug}/qr.png`);
    expect(stallQr.status).toBe(200);
    expect(scan(stallQr.body as Buffer).url).toBe(`https://cho.example.vn/gian-hang/${stall.slug}`);
    const productQr = await http.get(`/api/products/${product.slug}/qr.png`);
    expect(productQr.status).toBe(200);
    expect(scan(productQr.body as Buffer).url).toBe(`https://cho.example.vn/san-pham/${product.slug}`);

    const pending = await buildStall(t.ds, { status: "pending" });
    expect((await http.get(`/api/stalls/${pending.slug}/qr.png`)).status).toBe(404);
    const draft = await buildProduct(t.ds, { status: "draft" });
    expect((await http.get(`/api/products/${draft.slug}/qr.png`)).status).toBe(404);
  });
});

describe("GTIN and GS1 Digital Link", () => {
  it("validates the GTIN's check digit, keeps it unique, and resolves /01/{gtin}/10/{lot} to the batch", async () => {
    const { owner } = await sellerProduct();
    const category = await buildCategory(t.ds);
    const h = authHeader(t, owner);
    const create = (gtin: string) =>
      http
        .post("/api/seller/products")
        .set(h)
        .send({ name: "Trà xanh Khe Sanh", categoryId: category.id, price: 85000, unit: "gói", stock: 5, gtin });
    const bad = await create("8934588012229");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe("body.gtin");
    const made = await create("8934588012228");
    expect(made.status).toBe(201);
    expect(made.body.product.gtin).toBe("08934588012228");
    expect((await create("08934588012228")).status).toBe(409);
    const other = (await create("4006381333931")).body.product;
    const patch = await http.patch(`/api/seller/products/${other.id}`).set(h).send({ gtin: "8934588012228" });
    expect(patch.status).toBe(409);

    const { batch } = (
      await http
        .post(`/api/seller/products/${made.body.product.id}/batches`)
        .set(h)
        .send({ lot: "KS 11/2026", producedOn: "2026-11-02", quantity: 20, unit: "gói" })
    ).body;
    const link = await http.get(`/01/8934588012228/10/${encodeURIComponent("KS 11/2026")}`);
    expect(link.status).toBe(302);
    expect(link.headers.location).toBe(batch.traceUrl);
    // The 14-digit form is the same GTIN.
    expect((await http.get(`/01/08934588012228/10/${encodeURIComponent("KS 11/2026")}`)).headers.location).toBe(batch.traceUrl);
    expect((await http.get(`/01/08934588012228/10/KS-12`)).status).toBe(404);
    expect((await http.get(`/01/123/10/KS-12`)).status).toBe(400);
  });
});
