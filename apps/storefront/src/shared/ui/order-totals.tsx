import { useTranslation } from "react-i18next";
import { useFormat } from "@chophien/web";
import styles from "./order-totals.module.css";

interface Props {
  /** The goods' line, e.g. "Tạm tính (3 sản phẩm)". */
  subtotalLabel: string;
  subtotal: number;
  /** How many stalls ship (one fee each). */
  parcels: number;
  shipping: number;
  grandTotal: number;
  /** data-testid of the grand total (e2e tests read it). */
  totalTestId?: string;
  className?: string;
}

/** Goods, shipping and the grand total in đồng — the same three lines in the cart, the checkout and an order. */
export function OrderTotals({ subtotalLabel, subtotal, parcels, shipping, grandTotal, totalTestId, className }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <dl className={className ? `${styles.totals} ${className}` : styles.totals}>
      <div>
        <dt>{subtotalLabel}</dt>
        <dd>{vnd(subtotal)}</dd>
      </div>
      <div>
        <dt>{t("cart.shippingTotal", { count: parcels })}</dt>
        <dd>{vnd(shipping)}</dd>
      </div>
      <div className={styles.grand}>
        <dt>{t("cart.grandTotal")}</dt>
        <dd data-testid={totalTestId}>{vnd(grandTotal)}</dd>
      </div>
    </dl>
  );
}
