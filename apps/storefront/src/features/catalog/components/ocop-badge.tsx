import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import styles from "./ocop-badge.module.css";

/** The OCOP star rating as a gold badge: "OCOP ★★★★", read as "OCOP product, 4 stars". */
export function OcopBadge({ stars, className, large = false }: { stars: number; className?: string; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={cx(styles.badge, large && styles.large, className)} title={t("ocop.title", { stars })}>
      <span aria-hidden="true">
        OCOP <span className={styles.stars}>{"★".repeat(stars)}</span>
      </span>
      <span className="visually-hidden">{t("ocop.title", { stars })}</span>
    </span>
  );
}
