import crypto from "node:crypto";
import zlib from "node:zlib";
import sharp from "sharp";
import { AppError } from "../../http/errors";
import { createSharpImageProcessor, variantWidths } from "./image-processor";

const GPS = { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" };

/** A phone-like JPEG: top half red, bottom half blue, EXIF orientation 6 with GPS (IFD3), an ICC profile and XMP. */
async function phoneJpeg(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) raw.set(i < (width * height) / 2 ? [220, 20, 20] : [20, 20, 220], i * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: "Phone", Artist: "Nguyen Van A" }, IFD3: GPS })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .toBuffer();
}

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 160, b: 90 } } });

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** A valid PNG header claiming `width`×`height` with one row of data: a decompression bomb in a few bytes. */
function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = zlib.deflateSync(Buffer.alloc(width * 3 + 1));
  return Buffer.concat([signature, pngChunk("IHDR", ihdr), pngChunk("IDAT", idat), pngChunk("IEND", Buffer.alloc(0))]);
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const processor = createSharpImageProcessor();

describe("variantWidths", () => {
  it("keeps the configured widths below the original and adds the original when it is not above the largest", () => {
    expect(variantWidths(1000, [320, 800, 1600])).toEqual([320, 800, 1000]);
    expect(variantWidths(2400, [320, 800, 1600])).toEqual([320, 800, 1600]);
    expect(variantWidths(1600, [320, 800, 1600])).toEqual([320, 800, 1600]);
    expect(variantWidths(800, [1600, 320, 800, 320])).toEqual([320, 800]);
    expect(variantWidths(200, [320, 800, 1600])).toEqual([200]);
    expect(variantWidths(1, [320])).toEqual([1]);
  });
});

describe("createSharpImageProcessor", () => {
  it("applies EXIF orientation and strips EXIF, GPS, XMP and ICC from every variant", async () => {
    const input = await phoneJpeg(2000, 1000);
    const before = await sharp(input).metadata();
    // The fixture really carries what we promise to remove: a GPS IFD pointer (tag 0x8825), XMP, ICC.
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(before.exif?.includes(Buffer.from("Nguyen Van A"))).toBe(true);
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();

    const { ref, variants } = await processor.process(input);
    expect(ref).toEqual({
      hash: crypto.createHash("sha256").update(input).digest("hex"),
      width: 1000,
      height: 2000,
      widths: [320, 800, 1000],
    });
    expect(variants.map((v) => v.width)).toEqual([320, 800, 1000]);
    for (const v of variants) {
      const m = await sharp(v.data).metadata();
      expect(m).toMatchObject({ format: "webp", width: v.width, height: v.width * 2, space: "srgb" });
      expect(m.exif).toBeUndefined();
      expect(m.xmp).toBeUndefined();
      expect(m.iptc).toBeUndefined();
      expect(m.icc).toBeUndefined();
      expect(m.orientation).toBeUndefined();
      expect(v.data.includes(Buffer.from("Nguyen"))).toBe(false);
    }
    // Orientation 6 is a quarter turn clockwise: the stored top (red) is displayed on the right.
    const small = variants[0]!;
    const { data, info } = await sharp(small.data).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    const [right, left] = [pixel(info.width - 10, info.height / 2), pixel(10, info.height / 2)];
    expect(right[0]).toBeGreaterThan(150);
    expect(right[2]).toBeLessThan(100);
    expect(left[2]).toBeGreaterThan(150);
    expect(left[0]).toBeLessThan(100);
  });

  it("turns a PNG into WebP variants without upscaling", async () => {
    const input = await solid(2400, 1200).png().toBuffer();
    const { ref, variants } = await processor.process(input);
    expect(ref).toMatchObject({ width: 2400, height: 1200, widths: [320, 800, 1600] });
    const sizes = await Promise.all(
      variants.map((v) =>
        sharp(v.data)
          .metadata()
          .then((m) => [m.format, m.width, m.height]),
      ),
    );
    expect(sizes).toEqual([
      ["webp", 320, 160],
      ["webp", 800, 400],
      ["webp", 1600, 800],
    ]);
  });

  it("keeps a small WebP at its own width only", async () => {
    const input = await solid(200, 150).webp().toBuffer();
    const { ref, variants } = await processor.process(input);
    expect(ref).toMatchObject({ width: 200, height: 150, widths: [200] });
    expect(variants).toHaveLength(1);
    expect((await sharp(variants[0]!.data).metadata()).width).toBe(200);
  });

  it("gives the same hash and bytes for the same input", async () => {
    const input = await solid(500, 500).png().toBuffer();
    const [a, b] = [await processor.process(input), await processor.process(input)];
    expect(a.ref).toEqual(b.ref);
    expect(a.ref.widths).toEqual([320, 500]);
    expect(a.variants.map((v, i) => v.data.equals(b.variants[i]!.data))).toEqual([true, true]);
  });

  it("converts a wide-gamut or CMYK input to plain sRGB with no profile", async () => {
    const p3 = await solid(400, 300).jpeg().withIccProfile("p3").toBuffer();
    const cmyk = await solid(400, 300).toColourspace("cmyk").jpeg().toBuffer();
    for (const input of [p3, cmyk]) {
      const { variants } = await processor.process(input);
      const m = await sharp(variants[0]!.data).metadata();
      expect(m).toMatchObject({ space: "srgb", channels: 3, hasProfile: false });
    }
  });

  it("refuses a 14000×14000 PNG from its header, in milliseconds", async () => {
    const bomb = bombPng(14_000, 14_000);
    expect((await sharp(bomb).metadata()).width).toBe(14_000);
    const started = performance.now();
    const err = await rejection(processor.process(bomb));
    const ms = performance.now() - started;
    expect(err.status).toBe(422);
    expect(err.message).toMatch(/14000×14000.*40 megapixels/);
    expect(ms).toBeLessThan(500);
  });

  it("honours a custom pixel limit and widths", async () => {
    const small = createSharpImageProcessor({ maxPixels: 10_000, widths: [50, 100] });
    expect((await rejection(small.process(await solid(101, 100).png().toBuffer()))).status).toBe(422);
    const ok = await small.process(await solid(100, 100).png().toBuffer());
    expect(ok.ref.widths).toEqual([50, 100]);
  });

  it.each([
    ["an SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
    ["a shell script", Buffer.from("#!/bin/sh\nrm -rf /")],
  ])("refuses %s with 415 before decoding", async (_name, input) => {
    const err = await rejection(processor.process(input));
    expect(err.status).toBe(415);
    expect(err.message).toBe("Only JPEG, PNG or WebP images are accepted");
  });

  it("refuses a GIF with 415", async () => {
    const gif = await solid(10, 10).gif().toBuffer();
    expect((await rejection(processor.process(gif))).status).toBe(415);
  });

  it("answers 422 for truncated or corrupt images, not 500", async () => {
    const noisy = (w: number, h: number) =>
      sharp({
        create: { width: w, height: h, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } },
      });
    const jpeg = await noisy(600, 400).jpeg().toBuffer();
    const png = await noisy(600, 400).png().toBuffer();
    const webp = await noisy(600, 400).webp().toBuffer();
    const cases = [
      jpeg.subarray(0, Math.floor(jpeg.length / 2)),
      png.subarray(0, Math.floor(png.length / 2)),
      webp.subarray(0, Math.floor(webp.length / 2)),
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), crypto.randomBytes(500)]),
      Buffer.from("RIFF\x10\x00\x00\x00WEBPjunkjunk", "latin1"),
    ];
    for (const input of cases) {
      const err = await rejection(processor.process(input));
      expect(err.status).toBe(422);
    }
  });
});
