import type { SellerProduct } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LOW_STOCK } from "../api/get-all-seller-products";
import styles from "./products-table.module.css";

/** Products on sale with LOW_STOCK units or fewer, the emptiest first, each a link to restock it. */
export function LowStockList({ products }: { products: SellerProduct[] }) {
  const { t } = useTranslation();
  const low = products.filter((p) => p.status === "active" && p.stock <= LOW_STOCK).sort((a, b) => a.stock - b.stock);
  if (!low.length) return <p className="muted">{t("dashboard.stockOk", { n: LOW_STOCK })}</p>;
  return (
    <ul className={styles.lowList}>
      {low.map((p) => (
        <li key={p.id}>
          <Link to={`/seller/products/${p.id}`}>{p.name}</Link>
          <span className={p.stock === 0 ? styles.out : styles.low}>
            {p.stock === 0 ? t("products.soldOut") : t("dashboard.unitsLeft", { count: p.stock })}
          </span>
        </li>
      ))}
    </ul>
  );
}
