// Measures the memory image decodes take: `npx tsx apps/api/test/scripts/image-memory.ts <megapixels> <concurrent> <png|jpeg|webp>`.
// Prints the peak RSS above the process's baseline while `concurrent` worst-case images of that size are processed
// at once by the production processor (a flat image compresses to almost nothing, so it passes the 8 MB upload
// limit; PNG and WebP cannot be shrunk while loading, JPEG can). docs/security.md quotes its numbers.
import sharp from "sharp";
import { createSharpImageProcessor } from "../../src/lib/images/image-processor";

async function main() {
  const [mp = 40, concurrent = 4] = process.argv.slice(2, 4).map(Number);
  const format = process.argv[4] ?? "png";
  const side = Math.floor(Math.sqrt(mp * 1e6));
  const flat = sharp({ create: { width: side, height: side, channels: 4, background: { r: 10, g: 200, b: 30, alpha: 0.5 } } });
  const bytes =
    format === "png"
      ? await flat.png().toBuffer()
      : format === "webp"
        ? await flat.webp({ lossless: true }).toBuffer()
        : await flat.jpeg().toBuffer();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const processor = createSharpImageProcessor({ maxPixels: 200_000_000 });
  const t0 = Date.now();
  await Promise.all(Array.from({ length: concurrent }, () => processor.process(bytes)));
  clearInterval(sample);
  console.log(
    JSON.stringify({
      megapixels: mp,
      concurrent,
      format,
      uploadBytes: bytes.length,
      peakAboveBaselineMB: Math.round((peak - base) / 1e6),
      ms: Date.now() - t0,
    }),
  );
}

void main();
