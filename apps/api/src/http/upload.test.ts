import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import pino from "pino";
import { pinoHttp } from "pino-http";
import sharp from "sharp";
import request from "supertest";
import { LIMITS } from "@chophien/contracts";
import { createSharpImageProcessor } from "../lib/images/image-processor";
import { imageVariants, storeImage } from "../lib/images/image-store";
import { mediaRoutes } from "../lib/images/media.routes";
import { createLocalStorage } from "../lib/storage/local-storage";
import { errorHandler } from "./error-handler";
import { uploadImage, uploadedImage } from "./upload";

let dir: string;
let app: express.Express;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chophien-upload-"));
  const storage = createLocalStorage(dir);
  const processor = createSharpImageProcessor();
  app = express();
  app.use(pinoHttp({ logger: pino({ level: "silent" }) }));
  app.post("/images", express.json(), ...uploadImage(), async (req, res) => {
    const ref = await storeImage(processor, storage, uploadedImage(req));
    res.status(201).json({ image: ref, variants: imageVariants(ref) });
  });
  app.use("/media", mediaRoutes(storage));
  app.use(errorHandler);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const storedFiles = () =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 240, g: 180, b: 20 } } });
const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const frame = Buffer.alloc(8);
  frame.writeUInt32BE(data.length, 0);
  frame.writeUInt32BE(zlib.crc32(body), 4);
  return Buffer.concat([frame.subarray(0, 4), body, frame.subarray(4)]);
};
/** A valid PNG header claiming `width`×`height` with one row of pixels: a decompression bomb in a few bytes. */
const bombPng = (width: number, height: number) => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = zlib.deflateSync(Buffer.alloc(width * 3 + 1));
  return Buffer.concat([signature, pngChunk("IHDR", ihdr), pngChunk("IDAT", idat), pngChunk("IEND", Buffer.alloc(0))]);
};
const upload = (data: Buffer, filename: string, contentType: string, field = "image") =>
  request(app).post("/images").attach(field, data, { filename, contentType });

describe("image upload and media routes", () => {
  it("stores a phone JPEG upright and without EXIF/GPS, and serves its variants immutably", async () => {
    const jpeg = await solid(1200, 900)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Artist: "Nguyen Van A" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "10/1 46/1 30/1" } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const res = await upload(jpeg, "IMG_0001.jpg", "image/jpeg");
    expect(res.status).toBe(201);
    expect(res.body.image).toMatchObject({ width: 900, height: 1200, widths: [320, 800, 900] });
    const hash: string = res.body.image.hash;
    expect(res.body.variants).toEqual([320, 800, 900].map((w) => ({ width: w, url: `/media/${hash}-${w}.webp` })));

    for (const { url, width } of res.body.variants as { url: string; width: number }[]) {
      const got = await request(app)
        .get(url)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on("data", (c: Buffer) => chunks.push(c));
          r.on("end", () => cb(null, Buffer.concat(chunks)));
        });
      expect(got.status).toBe(200);
      expect(got.headers["content-type"]).toBe("image/webp");
      expect(got.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(got.headers["x-content-type-options"]).toBe("nosniff");
      expect(got.headers.etag).toBe(`"${hash}-${width}.webp"`);
      const m = await sharp(got.body as Buffer).metadata();
      expect(m).toMatchObject({ format: "webp", width });
      expect([m.exif, m.xmp, m.iptc, m.icc]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it("accepts PNG and WebP", async () => {
    const png = await upload(await solid(2400, 1000).png().toBuffer(), "a.png", "image/png");
    expect(png.status).toBe(201);
    expect(png.body.image.widths).toEqual([320, 800, 1600]);
    const webp = await upload(await solid(200, 100).webp().toBuffer(), "b.webp", "image/webp");
    expect(webp.status).toBe(201);
    expect(webp.body.image.widths).toEqual([200]);
  });

  it("stores the same upload once", async () => {
    const png = await solid(1000, 500).png().toBuffer();
    const first = await upload(png, "a.png", "image/png");
    const second = await upload(png, "again.png", "image/png");
    expect(second.status).toBe(201);
    expect(second.body.image).toEqual(first.body.image);
    const hash: string = first.body.image.hash;
    expect(storedFiles()).toEqual([`${hash}-1000.webp`, `${hash}-320.webp`, `${hash}-800.webp`]);
  });

  it("refuses a 14000×14000 PNG quickly with 422", async () => {
    const bomb = bombPng(14_000, 14_000);
    expect((await sharp(bomb).metadata()).width).toBe(14_000);
    const started = performance.now();
    const res = await upload(bomb, "big.png", "image/png");
    const ms = performance.now() - started;
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("unprocessable");
    expect(ms).toBeLessThan(500);
    expect(storedFiles()).toEqual([]);
  });

  it.each([
    ["a script named photo.jpg", Buffer.from("#!/bin/sh\nrm -rf /"), "photo.jpg", "image/jpeg"],
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "x.svg", "image/svg+xml"],
    ["an SVG claiming to be PNG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), "x.png", "image/png"],
  ])("refuses %s with 415", async (_name, data, filename, type) => {
    const res = await upload(data, filename, type);
    expect(res.status).toBe(415);
    expect(res.body).toEqual({
      error: { code: "unsupported_media_type", message: "Only JPEG, PNG or WebP images are accepted" },
    });
  });

  it("refuses a GIF with 415", async () => {
    const res = await upload(await solid(20, 20).gif().toBuffer(), "x.gif", "image/gif");
    expect(res.status).toBe(415);
  });

  it("refuses a file just over the size limit with 413", async () => {
    const big = Buffer.alloc(LIMITS.imageBytes + 1);
    big.set([0xff, 0xd8, 0xff]);
    const res = await upload(big, "huge.jpg", "image/jpeg");
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("refuses a truncated JPEG with 422", async () => {
    const jpeg = await sharp({
      create: { width: 400, height: 300, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } },
    })
      .jpeg()
      .toBuffer();
    const res = await upload(jpeg.subarray(0, jpeg.length >> 1), "cut.jpg", "image/jpeg");
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("unprocessable");
  });

  it("asks for the file when none came, or when it came in the wrong field", async () => {
    const none = await request(app).post("/images").field("caption", "áo dài");
    expect(none.status).toBe(400);
    expect(none.body.error.message).toBe('Attach an image in the multipart field "image"');

    const wrong = await upload(await solid(10, 10).png().toBuffer(), "a.png", "image/png", "photo");
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toEqual({
      code: "bad_request",
      message: 'Attach the image in the multipart field "image", not "photo"',
    });
  });

  it("refuses two files, and non-multipart bodies with 415", async () => {
    const png = await solid(10, 10).png().toBuffer();
    const two = await request(app)
      .post("/images")
      .attach("image", png, { filename: "a.png", contentType: "image/png" })
      .attach("image", png, { filename: "b.png", contentType: "image/png" });
    expect(two.status).toBe(400);

    const json = await request(app)
      .post("/images")
      .send({ image: png.toString("base64") });
    expect(json.status).toBe(415);
    const raw = await request(app).post("/images").set("Content-Type", "image/png").send(png);
    expect(raw.status).toBe(415);
    const noBoundary = await request(app).post("/images").set("Content-Type", "multipart/form-data").send("x");
    expect(noBoundary.status).toBe(400);
  });

  it("answers 304 to a matching If-None-Match and 404 to unknown or unsafe names", async () => {
    const res = await upload(await solid(300, 300).png().toBuffer(), "a.png", "image/png");
    const name = `${res.body.image.hash}-300.webp`;
    for (const inm of [`"${name}"`, `W/"${name}"`, `"other", "${name}"`, "*"]) {
      const cached = await request(app).get(`/media/${name}`).set("If-None-Match", inm);
      expect(cached.status).toBe(304);
      expect(cached.headers.etag).toBe(`"${name}"`);
    }
    expect((await request(app).get(`/media/${name}`).set("If-None-Match", '"other"')).status).toBe(200);

    for (const bad of [
      `${"0".repeat(64)}-300.webp`,
      `${res.body.image.hash}-301.webp`,
      "..%2F..%2Fetc%2Fpasswd",
      "..%2F..%2F..%2Fetc%2Fpasswd",
      "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      `..%2F${name}`,
      name.toUpperCase(),
      `${name}.png`,
    ]) {
      const r = await request(app).get(`/media/${bad}`);
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe("not_found");
    }
    const gone = await request(app)
      .get(`/media/${"0".repeat(64)}-300.webp`)
      .set("If-None-Match", "*");
    expect(gone.status).toBe(404);
  });
});
