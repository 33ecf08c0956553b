import type { Cart } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { QuantityStepper } from "@/shared/ui/quantity-stepper";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import { MAX_LINE_QUANTITY } from "../hooks/use-add-to-cart";
import styles from "./cart-line.module.css";

export type CartLineData = Cart["groups"][number]["lines"][number];

interface Props {
  line: CartLineData;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
  busy?: boolean;
}

/** One product in the cart: photo, name, unit price, quantity, line total, and what needs fixing before checkout. */
export function CartLine({ line, onQuantity, onRemove, busy = false }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const gone = line.issues.includes("out_of_stock") || line.issues.includes("unavailable");
  return (
    <li className={styles.line} data-testid="cart-line">
      <Link to={paths.product(line.slug)} className={styles.media} tabIndex={-1} aria-hidden="true">
        {line.thumbnail ? (
          <ResponsiveImage image={line.thumbnail} alt="" sizes="80px" className={styles.image} />
        ) : (
          <Icon name="leaf" />
        )}
      </Link>
      <div className={styles.body}>
        <div className={styles.top}>
          <h3 className={styles.name}>
            <Link to={paths.product(line.slug)}>{line.name}</Link>
          </h3>
          <button type="button" className={styles.remove} onClick={onRemove} aria-label={t("cart.remove", { name: line.name })}>
            <Icon name="trash" size={20} />
          </button>
        </div>
        <p className={styles.unit}>
          {vnd(line.unitPrice)} / {line.unit}
        </p>
        {line.issues.length > 0 && (
          <ul className={styles.issues}>
            {line.issues.map((issue) => (
              <li key={issue} className="alert" role="status">
                <Icon name="alert" size={18} />
                <span>
                  {t(`cart.issues.${issue}`, { old: vnd(line.addedPrice), new: vnd(line.unitPrice), stock: line.stock })}
                  {issue === "price_changed" && (
                    <button type="button" className={styles.fix} onClick={() => onQuantity(line.quantity)}>
                      {t("cart.acceptPrice")}
                    </button>
                  )}
                  {issue === "insufficient_stock" && line.stock > 0 && (
                    <button type="button" className={styles.fix} onClick={() => onQuantity(line.stock)}>
                      {t("cart.reduceTo", { count: line.stock })}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.bottom}>
          {gone ? (
            <button type="button" className="btn btn-danger" onClick={onRemove}>
              {t("cart.removeShort")}
            </button>
          ) : (
            <QuantityStepper
              value={line.quantity}
              max={Math.max(line.quantity, Math.min(line.stock, MAX_LINE_QUANTITY))}
              onChange={onQuantity}
              label={line.name}
              disabled={busy}
            />
          )}
          <strong className={styles.total}>{vnd(line.lineTotal)}</strong>
        </div>
      </div>
    </li>
  );
}
