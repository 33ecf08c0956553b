import type { Image } from "@chophien/contracts";
import type { ImageRef } from "./image-processor";
import { imageVariants } from "./image-store";

/** The variant shown when only one fits: the first at least this wide, else the largest. */
const DEFAULT_WIDTH = 800;

/** An image as the API shows it: its variant URLs for `srcset` and a default `url`. */
export function presentImage(ref: ImageRef & { id?: string }): Image {
  const variants = imageVariants(ref);
  const main = variants.find((v) => v.width >= DEFAULT_WIDTH) ?? variants[variants.length - 1];
  return { ...(ref.id ? { id: ref.id } : {}), width: ref.width, height: ref.height, url: main?.url ?? "", variants };
}
