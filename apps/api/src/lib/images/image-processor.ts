import crypto from "node:crypto";
import sharp from "sharp";
import { AppError } from "../../http/errors";
import { sniffImageType } from "./sniff";

/** What we keep about a stored image; variants are `${hash}-${w}.webp` for each w in widths. */
export interface ImageRef {
  /** Hex SHA-256 of the uploaded bytes, so the same upload twice is stored once. */
  hash: string;
  /** Pixels, after EXIF orientation is applied. */
  width: number;
  height: number;
  /** Widths (px) of the WebP variants, ascending. */
  widths: number[];
}

/** An image re-encoded as WebP variants, ready to store. */
export interface ProcessedImage {
  ref: ImageRef;
  variants: { width: number; data: Buffer }[];
}

/** Turns an untrusted upload into clean variants (images are infrastructure, passed in, so tests can swap it). */
export interface ImageProcessor {
  process(input: Buffer): Promise<ProcessedImage>;
}

/** Options for `createSharpImageProcessor`. */
export interface SharpImageProcessorOptions {
  /** Largest width × height we decode; a phone photo is ~12–50 MP, a decompression bomb far more. */
  maxPixels?: number;
  /** Widths (px) to render; an image is never upscaled to reach them. */
  widths?: number[];
  /** WebP quality, 1–100. */
  quality?: number;
}

const DEFAULT_MAX_PIXELS = 40_000_000;
const DEFAULT_WIDTHS = [320, 800, 1600];
const UNSUPPORTED = "Only JPEG, PNG or WebP images are accepted";
const UNREADABLE = "The image could not be read; it may be corrupt or truncated";

/** The widths to render for an image `width` px wide: every configured width below it, plus its own width when that is not above the largest — never upscale. */
export function variantWidths(width: number, widths: readonly number[]): number[] {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  const out = sorted.filter((w) => w < width);
  const largest = sorted[sorted.length - 1] ?? 0;
  if (width <= largest) out.push(width);
  return out;
}

/** Sharp/libvips errors here come from the untrusted input (bad data after a valid header), so they are the client's 422, not our 500. */
async function decoding<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError("unprocessable", UNREADABLE);
  }
}

/** The production processor: sniff, check the header's size, auto-rotate, strip metadata, encode WebP variants. */
export function createSharpImageProcessor(opts: SharpImageProcessorOptions = {}): ImageProcessor {
  const maxPixels = opts.maxPixels ?? DEFAULT_MAX_PIXELS;
  const widths = opts.widths ?? DEFAULT_WIDTHS;
  const quality = opts.quality ?? 80;
  if (!widths.length || widths.some((w) => !Number.isInteger(w) || w < 1)) throw new Error("widths must be positive integers");
  // limitInputPixels is the second guard behind our own header check; failOn "error" refuses truncated or corrupt
  // pixel data but tolerates the benign warnings many phone JPEGs carry.
  const input: sharp.SharpOptions = { limitInputPixels: maxPixels, failOn: "error" };

  return {
    async process(bytes) {
      const type = sniffImageType(bytes);
      if (!type) throw new AppError("unsupported_media_type", UNSUPPORTED);
      // metadata() reads only the header, so a 14000×14000 bomb is refused before a single pixel is decoded.
      // It runs without limitInputPixels so we can give our own message.
      const meta = await decoding(() => sharp(bytes, { failOn: "error" }).metadata());
      if (meta.format !== type) throw new AppError("unsupported_media_type", UNSUPPORTED);
      if (!meta.width || !meta.height) throw new AppError("unprocessable", UNREADABLE);
      if (meta.width * meta.height > maxPixels)
        throw new AppError(
          "unprocessable",
          `The image is ${meta.width}×${meta.height} pixels; the most we accept is ${Math.floor(maxPixels / 1e6)} megapixels`,
        );
      const { width, height } = meta.autoOrient;

      // One variant at a time: libvips already uses every core per image, and parallel decodes multiply memory.
      const variants: ProcessedImage["variants"] = [];
      for (const w of variantWidths(width, widths)) {
        // No withMetadata/keep*: sharp drops EXIF (GPS), XMP, IPTC and ICC, converting colours to sRGB first.
        const data = await decoding(() =>
          sharp(bytes, input).rotate().resize({ width: w, withoutEnlargement: true }).webp({ quality }).toBuffer(),
        );
        variants.push({ width: w, data });
      }
      const hash = crypto.createHash("sha256").update(bytes).digest("hex");
      return { ref: { hash, width, height, widths: variants.map((v) => v.width) }, variants };
    },
  };
}
