import { formatVnd, type Order } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { VietQrPanel } from "@/features/bank-transfer/components/vietqr-panel";
import { OrderStatusBadge } from "@/features/orders/components/order-status-badge";
import { paths } from "@/shared/lib/paths";
import styles from "./guest-order.module.css";

/**
 * An order as its code and phone show it: status, payment, what was bought and roughly where it goes (the street
 * stays private). A bank transfer still waiting shows its VietQR code; `onRefresh` asks again after paying.
 */
export function GuestOrder({ order, onRefresh, busy }: { order: Order; onRefresh: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const qr = order.payment.status === "pending" ? order.payment.vietqr : undefined;
  return (
    <section className={styles.order} aria-labelledby="guest-order-title">
      <h2 id="guest-order-title" className={styles.code}>
        {t("lookup.orderTitle", { code: order.code })}
      </h2>
      <p className={styles.row}>
        <OrderStatusBadge status={order.status} />
        <span data-testid="lookup-payment">
          {t(`payment.method.${order.payment.method}`)} · {t(`payment.status.${order.payment.status}`)}
        </span>
      </p>
      <p className={styles.total}>
        {t("lookup.total")} <strong>{formatVnd(order.grandTotal)}</strong>
      </p>
      <ul className={styles.items}>
        {order.stallOrders.flatMap((part) =>
          part.items.map((item) => (
            <li key={item.id}>
              {item.name} × {item.quantity}
            </li>
          )),
        )}
      </ul>
      <p className="muted">{t("lookup.shipTo", { name: order.shippingAddress.fullName, ward: order.shippingAddress.ward })}</p>
      {qr && (
        <>
          <VietQrPanel qr={qr} orderCode={order.code} sandboxUrl={qr.sandboxUrl} />
          <button type="button" className="btn btn-secondary btn-block" onClick={onRefresh} disabled={busy}>
            {busy && <span className="spinner" aria-hidden="true" />}
            {t("lookup.checkPaid")}
          </button>
        </>
      )}
      <p className={styles.claim}>
        {t("lookup.claim")} <Link to={paths.login(paths.orders())}>{t("lookup.signInByPhone")}</Link>
      </p>
    </section>
  );
}
