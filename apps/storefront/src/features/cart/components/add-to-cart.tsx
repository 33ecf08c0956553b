import { ApiError, useFormat } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { QuantityStepper } from "@/shared/ui/quantity-stepper";
import { showToast } from "@/shared/ui/toast";
import { MAX_LINE_QUANTITY, useAddToCart } from "../hooks/use-add-to-cart";
import styles from "./add-to-cart.module.css";

interface Props {
  productId: string;
  name: string;
  price: number;
  stock: number;
  inStock: boolean;
}

/**
 * Quantity, "Add to cart" and "Mua ngay" (straight to checkout with this one line; the cart stays as it is). On a phone it is a bar pinned to the bottom of the screen, within the thumb's reach
 * wherever the shopper has scrolled; on a wide screen it sits in the buy box.
 */
export function AddToCart({ productId, name, price, stock, inStock }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const [quantity, setQuantity] = useState(1);
  const add = useAddToCart();
  const navigate = useNavigate();
  const max = Math.max(1, Math.min(stock, MAX_LINE_QUANTITY));

  const onAdd = () =>
    add.mutate(
      { productId, quantity, stock },
      {
        onSuccess: () =>
          showToast({
            tone: "success",
            message: t("cart.added", { count: quantity, name }),
            link: { to: paths.cart(), label: t("cart.view") },
          }),
        onError: (err) =>
          showToast({
            tone: "error",
            message: err instanceof ApiError && err.status === 409 ? t("cart.errors.stock") : t("cart.errors.generic"),
          }),
      },
    );

  return (
    <div className={styles.bar}>
      <div className={styles.inner}>
        {inStock ? (
          <>
            <QuantityStepper value={quantity} max={max} onChange={setQuantity} label={name} />
            <button
              type="button"
              className={`btn btn-secondary btn-lg ${styles.add}`}
              onClick={onAdd}
              disabled={add.isPending}
              aria-label={t("cart.add")}
            >
              {add.isPending ? <span className="spinner" aria-hidden="true" /> : <Icon name="cart" size={20} />}
              <span className={styles.addLabel} aria-hidden="true">
                {t("cart.add")}
              </span>
            </button>
            <button
              type="button"
              className={`btn btn-primary btn-lg ${styles.button}`}
              onClick={() => void navigate(paths.checkout({ productId, quantity }))}
            >
              <span>{t("cart.buyNow")}</span>
              <span className={styles.total} aria-hidden="true">
                {vnd(price * quantity)}
              </span>
            </button>
          </>
        ) : (
          <p className={styles.soldOut}>
            <Icon name="alert" size={20} />
            {t("product.soldOutLong")}
          </p>
        )}
      </div>
    </div>
  );
}
