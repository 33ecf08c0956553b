import sharp from "sharp";
import { User } from "../../modules/users/user.entity";
import { authHeader, buildProduct, buildStall } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";
import { createSharpImageProcessor, type ImageProcessor } from "./image-processor";

const png = (w: number, h: number) =>
  sharp({ create: { width: w, height: h, channels: 3, background: "#8b4513" } })
    .png()
    .toBuffer();

/** A seller with a product of their own, on app `t`. */
async function sellerWithProduct(t: TestApp) {
  const stall = await buildStall(t.ds);
  const seller = await t.ds.getRepository(User).findOneByOrFail({ id: stall.ownerId });
  const product = await buildProduct(t.ds, { stall });
  const upload = async (bytes: Buffer) =>
    t.http.post(`/api/seller/products/${product.id}/images`).set(authHeader(t, seller)).attach("image", bytes, "a.png");
  return { seller, product, upload };
}

describe("image work is bounded", () => {
  let t: TestApp;
  let release: () => void = () => {};
  let started = 0;
  /** While true, each decode waits for `release()`; otherwise it goes straight through. */
  let hold = true;
  beforeAll(async () => {
    // The real processor, held at the start of each decode until the test lets it go.
    const real = createSharpImageProcessor({ maxPixels: 1_000_000 }); // as main.ts builds it from IMAGE_MAX_PIXELS
    const held: ImageProcessor = {
      async process(bytes) {
        started++;
        if (hold) await new Promise<void>((r) => (release = r));
        return real.process(bytes);
      },
    };
    t = await startTestApp({
      images: held,
      env: { IMAGE_CONCURRENCY: "1", IMAGE_QUEUE_TIMEOUT_MS: "300", IMAGE_MAX_PIXELS: "1000000", UPLOADS_PER_HOUR: "3" },
    });
  });
  afterAll(() => t.close());

  it("decodes one image at a time here; one queued past the timeout gets 503 with Retry-After and nothing is stored", async () => {
    const a = await sellerWithProduct(t);
    const b = await sellerWithProduct(t);
    const first = a.upload(await png(400, 300));
    while (started < 1) await new Promise((r) => setTimeout(r, 10));
    const second = await b.upload(await png(400, 300));
    expect(second.status).toBe(503);
    expect(second.headers["retry-after"]).toBe("5");
    expect(second.body.error.message).toMatch(/try again/);
    expect(started).toBe(1);
    release();
    expect((await first).status).toBe(201);
    const stored = await t.ds.query(`SELECT count(*)::int AS n FROM product_image WHERE product_id = $1`, [b.product.id]);
    expect(stored[0].n).toBe(0);
  });

  it("refuses an image over IMAGE_MAX_PIXELS before decoding it (422 naming the limit)", async () => {
    hold = false;
    const { upload } = await sellerWithProduct(t);
    const res = await upload(await png(1200, 1000));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/1200×1000 pixels; the most we accept is 1 megapixels/);
  });

  it("limits uploads per user per hour (429 with Retry-After) before reading the file, other users unaffected", async () => {
    hold = false;
    const heavy = await sellerWithProduct(t);
    const other = await sellerWithProduct(t);
    const small = await png(200, 150);
    for (let i = 0; i < 3; i++) expect((await heavy.upload(small)).status).toBe(201);
    const before = started;
    const refused = await heavy.upload(small);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(started).toBe(before);
    expect((await other.upload(small)).status).toBe(201);
  });
});
