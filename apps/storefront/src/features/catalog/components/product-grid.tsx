import type { ProductCard as Card } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import { ProductCard, ProductCardSkeleton } from "./product-card";
import styles from "./product-grid.module.css";

interface Props {
  products: Card[];
  /** How many cards are above the fold and load their photo eagerly. */
  eager?: number;
  /** Older results kept on screen while new ones load. */
  stale?: boolean;
  label?: string;
  /** One row that scrolls sideways on a phone (home page shelves). */
  shelf?: boolean;
}

/** Product cards in a responsive grid: two columns on a phone, up to five on a wide screen. */
export function ProductGrid({ products, eager = 0, stale = false, label, shelf = false }: Props) {
  const { t } = useTranslation();
  return (
    <ul
      className={cx(shelf ? styles.shelf : styles.grid, stale && styles.stale)}
      aria-label={label}
      aria-busy={stale || undefined}
    >
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} priority={i < eager} />
        </li>
      ))}
      {stale && <li className="visually-hidden">{t("common.loading")}</li>}
    </ul>
  );
}

/** The grid's shape while the first page loads. */
export function ProductGridSkeleton({ count = 8, shelf = false }: { count?: number; shelf?: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t("common.loading")}>
      <ul className={shelf ? styles.shelf : styles.grid} aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <li key={i}>
            <ProductCardSkeleton />
          </li>
        ))}
      </ul>
    </div>
  );
}
