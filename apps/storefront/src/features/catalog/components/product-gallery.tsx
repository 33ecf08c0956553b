import type { Image } from "@chophien/contracts";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import { Icon } from "@/shared/ui/icon";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import styles from "./product-gallery.module.css";

/** The main photo fills the phone's width, and about half of a desktop's content column. */
const MAIN_SIZES = "(min-width: 1200px) 580px, (min-width: 960px) 48vw, 100vw";

/**
 * Product photos as a swipeable strip (CSS scroll-snap, no script needed to swipe) with thumbnails that jump
 * to a photo. Only the first photo loads eagerly; the others wait until they are about to be seen.
 */
export function ProductGallery({ images, name }: { images: Image[]; name: string }) {
  const { t } = useTranslation();
  const track = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);

  if (!images.length)
    return (
      <div className={styles.empty} role="img" aria-label={t("product.noPhoto")}>
        <Icon name="leaf" size={48} />
      </div>
    );

  const go = (i: number) => {
    const el = track.current;
    if (!el) return;
    el.scrollTo({ left: i * el.clientWidth, behavior: "smooth" });
    setActive(i);
  };

  return (
    <section className={styles.gallery} aria-roledescription={t("product.gallery")} aria-label={name}>
      {/* Focusable, so keyboard users can scroll the photos with the arrow keys (axe: scrollable-region-focusable). */}
      <ul
        ref={track}
        className={styles.track}
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          setActive(Math.round(el.scrollLeft / Math.max(1, el.clientWidth)));
        }}
      >
        {images.map((img, i) => (
          <li
            key={img.id ?? img.url}
            className={styles.slide}
            aria-label={t("product.photoOf", { n: i + 1, total: images.length })}
          >
            <ResponsiveImage
              image={img}
              alt={i === 0 ? name : t("product.photoAlt", { name, n: i + 1 })}
              sizes={MAIN_SIZES}
              className={styles.image}
              priority={i === 0}
            />
          </li>
        ))}
      </ul>
      {images.length > 1 && (
        <ol className={styles.thumbs}>
          {images.map((img, i) => (
            <li key={img.id ?? img.url}>
              <button
                type="button"
                className={cx(styles.thumb, i === active && styles.current)}
                aria-label={t("product.showPhoto", { n: i + 1 })}
                aria-current={i === active}
                onClick={() => go(i)}
              >
                <ResponsiveImage image={img} alt="" sizes="64px" className={styles.thumbImage} />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
