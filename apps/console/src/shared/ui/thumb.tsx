import type { Image } from "@chophien/contracts";
import { Icon } from "./icon";
import styles from "./thumb.module.css";

/** The smallest variant of an image (lists need no more), or the original when it has none. */
export const smallUrl = (image: Image) => image.variants[0]?.url ?? image.url;

/** A product's square thumbnail in a list, or a grey placeholder with a picture icon when it has no photo. */
export function Thumb({ image, size = "md" }: { image: Image | null | undefined; size?: "sm" | "md" }) {
  const className = `${styles.thumb} ${styles[size]}`;
  return image ? (
    <img className={className} src={smallUrl(image)} alt="" />
  ) : (
    <span className={`${className} ${styles.empty}`}>
      <Icon name="image" size={size === "sm" ? 18 : 20} />
    </span>
  );
}
