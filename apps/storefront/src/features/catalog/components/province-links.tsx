import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Skeleton } from "@/shared/ui/skeleton";
import { useProducts } from "../api/get-products";
import styles from "./province-links.module.css";

/** Provinces that have products, most first, as chips leading to the filtered listing. */
export function ProvinceLinks({ max = 16 }: { max?: number }) {
  const { t } = useTranslation();
  // One card is the smallest page; what we want here is the unfiltered province facet.
  const listing = useProducts({ limit: 1 });
  if (listing.isError) return null;
  if (listing.isPending)
    return (
      <div className={styles.chips} aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className={styles.skeleton} />
        ))}
      </div>
    );
  return (
    <ul className={styles.chips}>
      {listing.data.facets.provinces.slice(0, max).map((p) => (
        <li key={p.value}>
          <Link className={styles.chip} to={paths.search({ province: p.value })}>
            {p.label}
            <span className={styles.count}>
              <span className="visually-hidden">{t("category.count", { count: p.count })}</span>
              <span aria-hidden="true">{p.count}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
