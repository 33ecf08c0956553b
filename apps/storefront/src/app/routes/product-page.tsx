import { ApiError } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { AddToCart } from "@/features/cart/components/add-to-cart";
import { ShippingEstimate } from "@/features/shipping/components/shipping-estimate";
import { useProduct } from "@/features/catalog/api/get-product";
import { ProductGallery } from "@/features/catalog/components/product-gallery";
import { ProductGrid } from "@/features/catalog/components/product-grid";
import { ProductDescription, ProductSummary } from "@/features/catalog/components/product-summary";
import { ReviewList } from "@/features/reviews/components/review-list";
import { StallCard } from "@/features/stalls/components/stall-card";
import { PageMeta } from "@/shared/ui/page-meta";
import { Skeleton, SkeletonText } from "@/shared/ui/skeleton";
import { ErrorState } from "@/shared/ui/state-message";
import { NotFoundPage } from "./not-found-page";
import styles from "./product-page.module.css";

/** /san-pham/:slug — photos, price, OCOP certificate, the stall, reviews, related goods; add to cart. */
export function ProductPage() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const product = useProduct(slug);

  if (product.isPending) return <ProductSkeleton />;
  if (product.isError)
    return product.error instanceof ApiError && product.error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <div className="container page">
        <ErrorState onRetry={() => void product.refetch()} />
      </div>
    );
  const p = product.data;
  const description = p.description?.replace(/\s+/g, " ").slice(0, 160) ?? t("meta.description");

  return (
    <div className={`container page ${styles.page}`}>
      <PageMeta title={p.name} description={description} image={p.images[0]?.url} type="product" />
      <div className={styles.top}>
        <ProductGallery images={p.images} name={p.name} />
        <div className={styles.buy}>
          <ProductSummary product={p} />
          <AddToCart productId={p.id} name={p.name} price={p.price} stock={p.stock} inStock={p.inStock} />
          <ShippingEstimate price={p.price} stallProvince={p.stallInfo.province.slug} />
        </div>
      </div>

      <div className={styles.columns}>
        <div className={styles.main}>
          <section className="section" aria-labelledby="product-description">
            <h2 id="product-description">{t("product.description")}</h2>
            <ProductDescription html={p.descriptionHtml} />
          </section>
          <section className="section" id="reviews" aria-labelledby="product-reviews">
            <h2 id="product-reviews">{t("reviews.title")}</h2>
            <ReviewList productId={p.id} average={p.ratingAvg} count={p.ratingCount} />
          </section>
        </div>
        <aside className={styles.side} aria-labelledby="product-stall">
          <h2 id="product-stall" className={styles.sideTitle}>
            {t("product.soldBy")}
          </h2>
          <StallCard stall={p.stallInfo} story={p.stallInfo.story} />
        </aside>
      </div>

      {p.related.length > 0 && (
        <section className="section" aria-labelledby="product-related">
          <h2 id="product-related">{t("product.related")}</h2>
          <ProductGrid products={p.related} shelf />
        </section>
      )}
    </div>
  );
}

function ProductSkeleton() {
  const { t } = useTranslation();
  return (
    <div className={`container page ${styles.page}`} role="status" aria-label={t("common.loading")}>
      <div className={styles.top}>
        <Skeleton className={styles.skeletonImage} />
        <div className={styles.buy}>
          <Skeleton width="40%" height="1rem" />
          <Skeleton width="85%" height="1.75rem" />
          <Skeleton width="50%" height="2rem" />
          <SkeletonText lines={4} />
        </div>
      </div>
    </div>
  );
}
