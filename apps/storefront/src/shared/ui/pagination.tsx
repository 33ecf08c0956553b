import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { cx } from "../lib/cx";
import { Icon } from "./icon";
import styles from "./pagination.module.css";

/** Page numbers to show: first, last, and two around the current one, with gaps as null. */
export function pageWindow(page: number, count: number): (number | null)[] {
  const wanted = new Set([1, count, page - 1, page, page + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - (sorted[i - 1] ?? p) > 1 ? [null, p] : [p]));
}

/** Links to the listing's pages (real links: shareable, crawlable, and back returns to the same page). */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.nav} aria-label={t("pagination.label")}>
      <ul className={styles.list}>
        <li>
          {page > 1 ? (
            <Link className={styles.step} to={hrefFor(page - 1)} rel="prev" aria-label={t("pagination.previous")}>
              <Icon name="chevronLeft" size={18} />
              <span className={styles.stepText}>{t("pagination.previous")}</span>
            </Link>
          ) : (
            <span className={cx(styles.step, styles.disabled)} aria-hidden="true">
              <Icon name="chevronLeft" size={18} />
              <span className={styles.stepText}>{t("pagination.previous")}</span>
            </span>
          )}
        </li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                className={p === page ? styles.current : styles.page}
                to={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={t("pagination.page", { page: p })}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link className={styles.step} to={hrefFor(page + 1)} rel="next" aria-label={t("pagination.next")}>
              <span className={styles.stepText}>{t("pagination.next")}</span>
              <Icon name="chevronRight" size={18} />
            </Link>
          ) : (
            <span className={cx(styles.step, styles.disabled)} aria-hidden="true">
              <span className={styles.stepText}>{t("pagination.next")}</span>
              <Icon name="chevronRight" size={18} />
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
