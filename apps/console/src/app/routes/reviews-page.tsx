import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAllSellerProducts } from "@/features/products/api/get-all-seller-products";
import { useSellerReviews } from "@/features/reviews/api/get-seller-reviews";
import { ReviewCard } from "@/features/reviews/components/review-card";
import { PageHeader } from "@/shared/ui/page-header";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";

/** Reviews of the stall's products, newest first, each with a reply box until answered. */
export function ReviewsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const reviews = useSellerReviews(page);
  // Reviews carry only a product id; the stall's own products give their names.
  const products = useAllSellerProducts();
  const nameOf = (id: string) => products.data?.find((p) => p.id === id)?.name;
  return (
    <>
      <PageHeader title={t("reviews.title")} description={t("reviews.subtitle")} />
      {reviews.isPending ? (
        <LoadingState rows={4} />
      ) : reviews.isError ? (
        <ErrorState onRetry={() => void reviews.refetch()} />
      ) : reviews.data.items.length === 0 ? (
        <EmptyState icon="star" title={t("reviews.empty")}>
          <p>{t("reviews.emptyBody")}</p>
        </EmptyState>
      ) : (
        <div className="stack">
          {reviews.data.items.map((r) => (
            <ReviewCard key={r.id} review={r} productName={nameOf(r.productId)} />
          ))}
          <Pagination page={page} limit={reviews.data.limit} total={reviews.data.total} onPage={setPage} />
        </div>
      )}
    </>
  );
}
