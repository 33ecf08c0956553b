import type { SellerProductList } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LOW_STOCK } from "../api/get-low-stock-products";
import styles from "./products-table.module.css";

/** Products on sale with LOW_STOCK units or fewer as the API answers them (emptiest first), each a link to restock it. */
export function LowStockList({ products }: { products: SellerProductList }) {
  const { t } = useTranslation();
  if (!products.items.length) return <p className="muted">{t("dashboard.stockOk", { n: LOW_STOCK })}</p>;
  const more = products.total - products.items.length;
  return (
    <>
      <ul className={styles.lowList}>
        {products.items.map((p) => (
          <li key={p.id}>
            <Link to={`/seller/products/${p.id}`}>{p.name}</Link>
            <span className={p.stock === 0 ? styles.out : styles.low}>
              {p.stock === 0 ? t("products.soldOut") : t("dashboard.unitsLeft", { count: p.stock })}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{t("dashboard.lowStockMore", { count: more })}</p>}
    </>
  );
}
