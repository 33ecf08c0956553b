import { useTranslation } from "react-i18next";
import styles from "./rating-stars.module.css";

/** An average rating as five stars filled to the tenth, with the number spoken for screen readers. */
export function RatingStars({ value, count, size = "sm" }: { value: number; count?: number; size?: "sm" | "lg" }) {
  const { t } = useTranslation();
  const pct = Math.max(0, Math.min(100, (value / 5) * 100));
  return (
    <span className={size === "lg" ? styles.large : styles.small}>
      <span className={styles.stars} aria-hidden="true">
        <span className={styles.empty}>★★★★★</span>
        <span className={styles.full} style={{ width: `${pct}%` }}>
          ★★★★★
        </span>
      </span>
      <span className="visually-hidden">{t("rating.label", { value: value.toFixed(1) })}</span>
      {count !== undefined && (
        <span className={styles.count}>
          <span aria-hidden="true">{value.toFixed(1)} · </span>
          {t("rating.count", { count })}
        </span>
      )}
    </span>
  );
}
