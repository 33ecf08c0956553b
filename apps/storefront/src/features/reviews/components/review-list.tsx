import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { RatingStars } from "@/shared/ui/rating-stars";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import { SkeletonText } from "@/shared/ui/skeleton";
import { useReviews } from "../api/get-reviews";
import styles from "./review-list.module.css";

interface Props {
  productId: string;
  average: number;
  count: number;
}

/** The average with its count, then the reviews five at a time, with the stall's replies. */
export function ReviewList({ productId, average, count }: Props) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const reviews = useReviews(productId);
  const items = reviews.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className={styles.reviews}>
      <div className={styles.summary}>
        <span className={styles.average}>{count ? average.toFixed(1) : "–"}</span>
        <div>
          <RatingStars value={average} size="lg" />
          <p className={styles.count}>{t("rating.count", { count })}</p>
        </div>
      </div>
      {reviews.isPending ? (
        <SkeletonText lines={4} />
      ) : reviews.isError || !items.length ? (
        <p className="muted">{t("reviews.none")}</p>
      ) : (
        <ul className={styles.list}>
          {items.map((r) => (
            <li key={r.id} className={styles.review}>
              <div className={styles.head}>
                <strong>{r.authorName}</strong>
                <RatingStars value={r.rating} />
                <time dateTime={r.createdAt} className={styles.date}>
                  {dateTime(r.createdAt)}
                </time>
              </div>
              {r.text && <p className={styles.text}>{r.text}</p>}
              {r.image && (
                <ResponsiveImage
                  image={r.image}
                  alt={t("reviews.photo", { name: r.authorName })}
                  sizes="160px"
                  className={styles.photo}
                />
              )}
              {r.reply && (
                <blockquote className={styles.reply}>
                  <span className={styles.replyLabel}>{t("reviews.reply")}</span>
                  {r.reply}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
      {reviews.hasNextPage && (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => void reviews.fetchNextPage()}
          disabled={reviews.isFetchingNextPage}
        >
          {t("reviews.more")}
        </button>
      )}
    </div>
  );
}
