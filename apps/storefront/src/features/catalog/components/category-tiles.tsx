import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Skeleton } from "@/shared/ui/skeleton";
import { ErrorState } from "@/shared/ui/state-message";
import { useCategories } from "../api/get-categories";
import styles from "./category-tiles.module.css";

/** Soft tints cycled across the tiles, like the awnings of market stalls. */
const TINTS = ["#e8f2ea", "#fbefd9", "#f6e4dc", "#e6eef4", "#efe9f6", "#f3f0dc"];

/** The top-level categories as big tappable tiles with their product counts. */
export function CategoryTiles() {
  const { t } = useTranslation();
  const { localName } = useFormat();
  const categories = useCategories();
  if (categories.isError) return <ErrorState onRetry={() => void categories.refetch()} />;
  return (
    <ul className={styles.tiles} aria-busy={categories.isPending}>
      {categories.isPending
        ? Array.from({ length: 6 }, (_, i) => (
            <li key={i}>
              <Skeleton className={styles.skeleton} />
            </li>
          ))
        : categories.data.items
            .filter((c) => c.productCount > 0)
            .map((c, i) => (
              <li key={c.id}>
                <Link
                  to={paths.search({ category: c.slug })}
                  className={styles.tile}
                  style={{ background: TINTS[i % TINTS.length] }}
                >
                  <span className={styles.name}>{localName(c)}</span>
                  <span className={styles.count}>{t("category.count", { count: c.productCount })}</span>
                </Link>
              </li>
            ))}
    </ul>
  );
}
