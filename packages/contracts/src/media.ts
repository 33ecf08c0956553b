import { z } from "zod";

/** One stored image: WebP variants at several widths (never upscaled), for `srcset`. */
export const Image = z
  .object({
    id: z.uuid().optional(),
    width: z.number().int(),
    height: z.number().int(),
    /** The variant to use when only one fits (≈800 px). */
    url: z.string(),
    variants: z.array(z.object({ width: z.number().int(), url: z.string() })),
  })
  .meta({ id: "Image" });
export type Image = z.infer<typeof Image>;

export const ImageResponse = z.object({ image: Image }).meta({ id: "ImageResponse" });
export type ImageResponse = z.infer<typeof ImageResponse>;
