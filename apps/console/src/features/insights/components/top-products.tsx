import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { smallUrl } from "@/shared/ui/thumb";
import type { TopProduct } from "../api/get-seller-sales-summary";
import styles from "./insights.module.css";

/** The best sellers of the period by revenue, with how many units went. */
export function TopProducts({ products }: { products: TopProduct[] }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  if (!products.length) return <p className="muted">{t("dashboard.noSales")}</p>;
  const max = products[0]!.revenue || 1;
  return (
    <ol className={styles.top}>
      {products.map((p) => (
        <li key={p.productId}>
          {p.thumbnail ? <img src={smallUrl(p.thumbnail)} alt="" /> : <span className={styles.noThumb} />}
          <span className={styles.topName}>
            {p.name}
            <small className="muted">{t("dashboard.unitsSold", { count: p.quantity })}</small>
            <span className={styles.bar} style={{ width: `${Math.max(4, (p.revenue / max) * 100)}%` }} aria-hidden="true" />
          </span>
          <strong>{vnd(p.revenue)}</strong>
        </li>
      ))}
    </ol>
  );
}
