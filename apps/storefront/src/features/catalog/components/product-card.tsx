import type { ProductCard as Card } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { RatingStars } from "@/shared/ui/rating-stars";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import { Skeleton, SkeletonText } from "@/shared/ui/skeleton";
import { OcopBadge } from "./ocop-badge";
import { PriceTag } from "./price-tag";
import styles from "./product-card.module.css";

/** Grid cells are ~45vw on a phone, a quarter to a fifth of 1200 px on a desktop. */
export const CARD_IMAGE_SIZES = "(min-width: 1200px) 230px, (min-width: 960px) 23vw, (min-width: 640px) 31vw, 46vw";

/** "Đã bán 1.200": thousands grouped the Vietnamese way in both languages (it is a Vietnamese market). */
const soldFormat = new Intl.NumberFormat("vi-VN");

/** A product in a listing: photo, OCOP badge, name, price, origin and rating; the whole card is one link. */
export function ProductCard({ product, priority = false }: { product: Card; priority?: boolean }) {
  const { t } = useTranslation();
  return (
    <article className={styles.card}>
      <div className={styles.media}>
        {product.thumbnail ? (
          <ResponsiveImage
            image={product.thumbnail}
            alt=""
            sizes={CARD_IMAGE_SIZES}
            className={styles.image}
            priority={priority}
          />
        ) : (
          <div className={styles.noImage} aria-hidden="true">
            <Icon name="leaf" size={36} />
          </div>
        )}
        {product.ocopStars != null && <OcopBadge stars={product.ocopStars} className={styles.ocop} />}
        {!product.inStock && <span className={styles.soldOut}>{t("product.outOfStock")}</span>}
      </div>
      <div className={styles.body}>
        <h3 className={styles.name}>
          <Link to={paths.product(product.slug)} className={styles.link}>
            {product.name}
          </Link>
        </h3>
        <PriceTag price={product.price} compareAtPrice={product.compareAtPrice} unit={product.unit} />
        <p className={styles.meta}>
          <Icon name="pin" size={14} />
          <span>{product.province.name}</span>
        </p>
        {product.ratingCount > 0 && <RatingStars value={product.ratingAvg} count={product.ratingCount} />}
        {product.soldCount > 0 && (
          <p className={styles.sold}>
            {t("product.sold", { count: product.soldCount, n: soldFormat.format(product.soldCount) })}
          </p>
        )}
      </div>
    </article>
  );
}

/** The card's shape while loading. */
export function ProductCardSkeleton() {
  return (
    <div className={styles.card} aria-hidden="true">
      <Skeleton className={styles.skeletonMedia} />
      <div className={styles.body}>
        <SkeletonText lines={3} />
      </div>
    </div>
  );
}
