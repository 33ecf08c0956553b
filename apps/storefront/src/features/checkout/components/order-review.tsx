import type { Cart, PaymentMethod, ShippingAddress } from "@chophien/contracts";
import { provinceBySlug } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { OrderTotals } from "@/shared/ui/order-totals";
import styles from "./order-review.module.css";

interface Props {
  cart: Cart;
  address: ShippingAddress;
  payment: PaymentMethod;
  onEdit: (step: "address" | "payment") => void;
}

/** Everything the shopper is about to commit to: address, payment, each stall's parcel with its fee, the total. */
export function OrderReview({ cart, address, payment, onEdit }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <div className={styles.review}>
      <section className={styles.box} aria-labelledby="review-address">
        <div className={styles.boxHead}>
          <h2 id="review-address" className={styles.title}>
            {t("checkout.address")}
          </h2>
          <button type="button" className="btn btn-ghost" onClick={() => onEdit("address")}>
            {t("checkout.edit")}
          </button>
        </div>
        <address className={styles.address}>
          <strong>{address.fullName}</strong> · {address.phone}
          <br />
          {[address.street, address.ward, provinceBySlug(address.province)?.name].filter(Boolean).join(", ")}
        </address>
      </section>
      <section className={styles.box} aria-labelledby="review-payment">
        <div className={styles.boxHead}>
          <h2 id="review-payment" className={styles.title}>
            {t("checkout.paymentMethod")}
          </h2>
          <button type="button" className="btn btn-ghost" onClick={() => onEdit("payment")}>
            {t("checkout.edit")}
          </button>
        </div>
        <p className={styles.plain}>{t(`payment.method.${payment}`)}</p>
      </section>
      {cart.groups.map((g) => (
        <section key={g.stall.id} className={styles.box} aria-label={g.stall.name}>
          <h2 className={styles.title}>{g.stall.name}</h2>
          <ul className={styles.lines}>
            {g.lines.map((l) => (
              <li key={l.productId}>
                <span className={styles.lineName}>
                  {l.name} <span className={styles.qty}>× {l.quantity}</span>
                </span>
                <span>{vnd(l.lineTotal)}</span>
              </li>
            ))}
            <li className={styles.fee}>
              <span>{t("cart.shipping")}</span>
              <span>{g.shippingFee ? vnd(g.shippingFee) : t("cart.freeShipping")}</span>
            </li>
          </ul>
        </section>
      ))}
      <OrderTotals
        className={styles.totals}
        subtotalLabel={t("cart.subtotal", { count: cart.itemCount })}
        subtotal={cart.subtotal}
        parcels={cart.groups.length}
        shipping={cart.shippingTotal}
        grandTotal={cart.grandTotal}
        totalTestId="checkout-total"
      />
    </div>
  );
}
