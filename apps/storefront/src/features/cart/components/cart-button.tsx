import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { useCart } from "../api/get-cart";
import styles from "./cart-button.module.css";

/** The header's cart icon with the number of items; its label says the count for screen readers. */
export function CartButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const cart = useCart();
  const count = cart.data?.itemCount ?? 0;
  return (
    <Link to={paths.cart()} className={className} aria-label={t("cart.buttonLabel", { count })}>
      <span className={styles.icon}>
        <Icon name="cart" size={24} />
        {count > 0 && (
          <span className={styles.badge} aria-hidden="true" data-testid="cart-count">
            {count > 99 ? "99+" : count}
          </span>
        )}
      </span>
    </Link>
  );
}
