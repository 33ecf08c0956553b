import { provinceBySlug } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { OrderStatusBadge, PaymentBadge } from "@/shared/ui/order-status-badge";
import { smallUrl } from "@/shared/ui/thumb";
import type { SellerStallOrder } from "../api/types";
import { OrderActions } from "./order-actions";
import { OrderTimeline } from "./order-timeline";
import styles from "./orders.module.css";

/** One stall order: what to do now, what was bought, where it goes, how it is paid, and what happened so far. */
export function OrderDetail({ order }: { order: SellerStallOrder }) {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const a = order.shippingAddress;
  return (
    <div className={styles.detail}>
      <section className={`card ${styles.summaryCard}`} aria-label={t("orders.summary")}>
        <div className={styles.summaryHead}>
          <OrderStatusBadge status={order.status} />
          <PaymentBadge method={order.payment.method} status={order.payment.status} />
          <span className="muted">{dateTime(order.createdAt)}</span>
        </div>
        <OrderActions order={order} />
        {order.cancelReason && (
          <p className={styles.cancelReason}>
            <strong>{t("orders.cancelReason")}:</strong> {order.cancelReason}
          </p>
        )}
        {order.carrier && (
          <p>
            <strong>{t("orders.carrier")}:</strong> {order.carrier} · <strong>{t("orders.trackingNumber")}:</strong>{" "}
            {order.trackingNumber}
          </p>
        )}
      </section>

      <section className={`card ${styles.itemsCard}`} aria-labelledby="order-items">
        <h2 id="order-items">{t("orders.items")}</h2>
        <ul className={styles.itemList}>
          {order.items.map((item) => (
            <li key={item.id}>
              {item.thumbnail ? <img src={smallUrl(item.thumbnail)} alt="" /> : <span className={styles.noThumb} />}
              <span className={styles.itemName}>
                {item.name}
                <small className="muted">
                  {item.quantity} × {vnd(item.unitPrice)} · {item.unit}
                </small>
              </span>
              <strong>{vnd(item.lineTotal)}</strong>
            </li>
          ))}
        </ul>
        <dl className={styles.totals}>
          <dt>{t("orders.subtotal")}</dt>
          <dd>{vnd(order.subtotal)}</dd>
          <dt>{t("orders.shipping")}</dt>
          <dd>{vnd(order.shippingFee)}</dd>
          <dt>{t("orders.commission")}</dt>
          <dd>−{vnd(order.commission)}</dd>
          <dt className={styles.grand}>{t("orders.youReceive")}</dt>
          <dd className={styles.grand}>{vnd(order.subtotal + order.shippingFee - order.commission)}</dd>
        </dl>
      </section>

      <section className={`card ${styles.buyerCard}`} aria-labelledby="order-buyer">
        <h2 id="order-buyer">{t("orders.shipTo")}</h2>
        <address>
          <strong>{a.fullName}</strong>
          <br />
          <a href={`tel:${a.phone}`}>{a.phone}</a>
          <br />
          {[a.street, a.ward, a.district, provinceBySlug(a.province)?.name ?? a.province].filter(Boolean).join(", ")}
        </address>
        {order.note && (
          <p className={styles.note}>
            <strong>{t("orders.buyerNote")}:</strong> {order.note}
          </p>
        )}
        <p className="muted">
          {t("orders.buyer")}: {order.buyer.fullName}
        </p>
      </section>

      <section className={`card ${styles.historyCard}`} aria-labelledby="order-timeline">
        <h2 id="order-timeline">{t("orders.timeline")}</h2>
        <OrderTimeline events={order.timeline} />
      </section>
    </div>
  );
}
