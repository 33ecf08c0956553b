import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { cx } from "@/shared/lib/cx";
import styles from "./price-tag.module.css";

interface Props {
  price: number;
  compareAtPrice?: number | null;
  unit?: string;
  size?: "sm" | "lg";
}

/** Price in đồng, the crossed-out old price and the saving, then the selling unit ("/ gói 500g"). */
export function PriceTag({ price, compareAtPrice, unit, size = "sm" }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const onSale = compareAtPrice != null && compareAtPrice > price;
  const off = onSale ? Math.round(((compareAtPrice - price) / compareAtPrice) * 100) : 0;
  return (
    <div className={cx(styles.tag, size === "lg" && styles.large)}>
      <span className={cx(styles.price, onSale && styles.sale)}>
        {onSale && <span className="visually-hidden">{t("price.now")} </span>}
        {vnd(price)}
      </span>
      {onSale && (
        <>
          <s className={styles.was}>
            <span className="visually-hidden">{t("price.was")} </span>
            {vnd(compareAtPrice)}
          </s>
          <span className={styles.off}>−{off}%</span>
        </>
      )}
      {unit && <span className={styles.unit}>/ {unit}</span>}
    </div>
  );
}
