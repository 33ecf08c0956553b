/** The raster formats we accept; anything else (SVG, GIF, HEIC, PDF, scripts) is refused before a decoder sees it. */
export type ImageType = "jpeg" | "png" | "webp";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The real type of an upload from its first bytes, or undefined. The declared MIME type and file name are
 * the client's say-so; only magic bytes decide which decoder runs, so an SVG or script renamed `.jpg` never reaches one.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_SIGNATURE)) return "png";
  // RIFF <4-byte little-endian size> WEBP: the size is not checked, the decoder will.
  if (b.length >= 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP") return "webp";
  return undefined;
}
