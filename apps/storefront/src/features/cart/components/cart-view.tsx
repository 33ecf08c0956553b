import { ApiError } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { useRemoveCartItem } from "../api/delete-cart-item";
import { useCart } from "../api/get-cart";
import { useSetCartQuantity } from "../api/put-cart-item";
import { CartGroup } from "./cart-group";
import { OrderTotals } from "@/shared/ui/order-totals";
import styles from "./cart-view.module.css";
import { TotalBar } from "@/shared/ui/total-bar";

/** The cart page's body: stalls' groups, then the totals and the way to checkout. */
export function CartView() {
  const { t } = useTranslation();
  const cart = useCart();
  const setQuantity = useSetCartQuantity();
  const remove = useRemoveCartItem();
  const onError = (err: Error) =>
    showToast({
      tone: "error",
      message: err instanceof ApiError && err.status === 409 ? t("cart.errors.stock") : t("cart.errors.generic"),
    });

  if (cart.isPending)
    return (
      <div className={styles.layout} role="status" aria-label={t("common.loading")}>
        <Skeleton height="14rem" />
        <Skeleton height="10rem" />
      </div>
    );
  if (cart.isError) return <ErrorState onRetry={() => void cart.refetch()} />;
  const data = cart.data;
  if (!data.groups.length)
    return (
      <EmptyState
        icon="cart"
        title={t("cart.emptyTitle")}
        action={
          <Link className="btn btn-primary" to={paths.search()}>
            {t("cart.startShopping")}
          </Link>
        }
      >
        <p>{t("cart.emptyBody")}</p>
      </EmptyState>
    );

  return (
    <div className={styles.layout}>
      <div className={styles.groups}>
        {data.groups.map((g) => (
          <CartGroup
            key={g.stall.id}
            group={g}
            onQuantity={(productId, quantity) => setQuantity.mutate({ productId, quantity }, { onError })}
            onRemove={(productId) => remove.mutate(productId, { onError })}
          />
        ))}
      </div>
      <aside className={`card ${styles.summary}`} aria-labelledby="cart-summary-title">
        <h2 id="cart-summary-title" className={styles.summaryTitle}>
          {t("cart.summary")}
        </h2>
        <OrderTotals
          subtotalLabel={t("cart.subtotal", { count: data.itemCount })}
          subtotal={data.subtotal}
          parcels={data.groups.length}
          shipping={data.shippingTotal}
          grandTotal={data.grandTotal}
          totalTestId="cart-grand-total"
        />
        {!data.shippingProvince && <p className={styles.note}>{t("cart.shippingEstimate")}</p>}
        {data.needsAttention && (
          <p className="alert" role="alert">
            <Icon name="alert" size={18} />
            {t("cart.needsAttention")}
          </p>
        )}
        <TotalBar total={data.grandTotal}>
          {data.needsAttention ? (
            <button type="button" className="btn btn-primary btn-lg" disabled>
              {t("cart.checkout")}
            </button>
          ) : (
            <Link className="btn btn-primary btn-lg" to={paths.checkout()}>
              {t("cart.checkout")}
            </Link>
          )}
        </TotalBar>
      </aside>
    </div>
  );
}
