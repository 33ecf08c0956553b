import type { ErrorBody } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import styles from "./price-changed.module.css";

type PriceChange = NonNullable<ErrorBody["error"]["priceChange"]>;

interface Props {
  change: PriceChange;
  /** Places the order again, accepting the new total. */
  onAccept: (grandTotal: number) => void;
  busy: boolean;
}

/** Checkout said 409 `price_changed`: what rose, the new total, and one tap to accept it (or back to the cart). */
export function PriceChanged({ change, onAccept, busy }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <section className={styles.box} role="alert" aria-labelledby="price-changed-title">
      <h3 id="price-changed-title" className={styles.title}>
        <Icon name="alert" size={18} /> {t("checkout.priceChanged.title")}
      </h3>
      {change.lines.length > 0 && (
        <>
          <p className={styles.lead}>{t("checkout.priceChanged.lead")}</p>
          <ul className={styles.lines}>
            {change.lines.map((l) => (
              <li key={l.productId}>
                {t("checkout.priceChanged.line", {
                  name: l.name,
                  quantity: l.quantity,
                  old: vnd(l.shownPrice),
                  new: vnd(l.unitPrice),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.total}>{t("checkout.priceChanged.total", { total: vnd(change.grandTotal) })}</p>
      <div className={styles.actions}>
        <button
          type="button"
          className="btn btn-primary btn-block"
          onClick={() => onAccept(change.grandTotal)}
          disabled={busy}
          aria-busy={busy}
        >
          {t("checkout.priceChanged.accept")}
        </button>
        <Link to={paths.cart()} className="btn btn-ghost btn-block">
          {t("checkout.priceChanged.review")}
        </Link>
      </div>
    </section>
  );
}
