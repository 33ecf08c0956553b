import type { FileStorage } from "../storage/storage";
import type { ImageProcessor, ImageRef } from "./image-processor";

/** The name of a stored variant; it is content-addressed, so it doubles as an immutable ETag. */
export const VARIANT_NAME = /^[a-f0-9]{64}-\d{1,5}\.webp$/;

/** The storage key (and /media file name) of one variant. */
export function variantKey(hash: string, width: number): string {
  return `${hash}-${width}.webp`;
}

/** Processes an upload and stores its variants; ones already stored (the same bytes uploaded before) are not rewritten. */
export async function storeImage(processor: ImageProcessor, storage: FileStorage, input: Buffer): Promise<ImageRef> {
  const { ref, variants } = await processor.process(input);
  for (const v of variants) {
    const key = variantKey(ref.hash, v.width);
    if (!(await storage.exists(key))) await storage.put(key, v.data, "image/webp");
  }
  return ref;
}

/** The public URLs of an image's variants, smallest first, for `srcset`. */
export function imageVariants(ref: ImageRef, mediaBase = "/media"): { width: number; url: string }[] {
  const base = mediaBase.replace(/\/+$/, "");
  return ref.widths.map((width) => ({ width, url: `${base}/${variantKey(ref.hash, width)}` }));
}

/**
 * Removes an image's variants. Files are shared by every upload of the same bytes, so call this only once
 * nothing references `ref.hash` any more.
 */
export async function deleteImage(storage: FileStorage, ref: ImageRef): Promise<void> {
  for (const width of ref.widths) await storage.delete(variantKey(ref.hash, width));
}
