import type { Image } from "@chophien/contracts";

interface Props {
  image: Image;
  alt: string;
  /** The `sizes` attribute: how wide the image is drawn at each viewport, so the browser picks the right variant. */
  sizes: string;
  className?: string;
  /** Above the fold (the product's first photo): load now, at high priority. */
  priority?: boolean;
}

/**
 * A stored image as `<img srcset>` over its WebP variants. width/height come from the original so the browser
 * reserves the box before a byte arrives — nothing shifts when photos load on a slow connection.
 */
export function ResponsiveImage({ image, alt, sizes, className, priority = false }: Props) {
  const srcSet = image.variants.map((v) => `${v.url} ${v.width}w`).join(", ");
  return (
    <img
      className={className}
      src={image.url}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      fetchPriority={priority ? "high" : "auto"}
    />
  );
}
