import type { Order, StallOrder } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { ResponsiveImage } from "@/shared/ui/responsive-image";
import { CancelPart } from "./cancel-part";
import { OrderProgress } from "./order-progress";
import { OrderStatusBadge } from "./order-status-badge";
import { OrderTimeline } from "./order-timeline";
import styles from "./stall-order-card.module.css";

export type OrderItem = StallOrder["items"][number];

interface Props {
  part: StallOrder;
  events: Order["timeline"];
  /** Something to show under an item, e.g. the review form once it is delivered (composed by the page). */
  renderItemExtra?: (item: OrderItem, part: StallOrder) => ReactNode;
  /** Offer to cancel this part alone (an order with several stalls; the whole order has its own cancel). */
  cancellable?: boolean;
}

/** One stall's parcel within an order: status and progress, items, fees, tracking and its own timeline. */
export function StallOrderCard({ part, events, renderItemExtra, cancellable = false }: Props) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <section className={`card ${styles.card}`} aria-labelledby={`part-${part.id}`} data-testid="stall-order">
      <header className={styles.head}>
        <h2 id={`part-${part.id}`} className={styles.stall}>
          <Icon name="store" size={20} />
          <Link to={paths.stall(part.stall.slug)}>{part.stall.name}</Link>
        </h2>
        <OrderStatusBadge status={part.status} />
      </header>
      <OrderProgress status={part.status} />
      {part.trackingNumber && (
        <p className={styles.tracking}>
          <Icon name="truck" size={18} />
          <span>
            {t("order.tracking", { carrier: part.carrier ?? "" })} <strong className={styles.code}>{part.trackingNumber}</strong>
          </span>
          {part.trackingUrl && (
            <a className={styles.trackLink} href={part.trackingUrl} target="_blank" rel="noreferrer">
              {t("order.trackLink")}
            </a>
          )}
        </p>
      )}
      {cancellable && <CancelPart part={part} />}
      {part.cancelReason && (
        <p className="alert">
          <Icon name="alert" size={18} />
          {t("order.cancelReason", { reason: part.cancelReason })}
        </p>
      )}
      <ul className={styles.items}>
        {part.items.map((item) => (
          <li key={item.id} className={styles.item}>
            <div className={styles.itemRow}>
              <span className={styles.thumb}>
                {item.thumbnail ? (
                  <ResponsiveImage image={item.thumbnail} alt="" sizes="56px" className={styles.thumbImage} />
                ) : (
                  <Icon name="leaf" />
                )}
              </span>
              <div className={styles.itemText}>
                <Link to={paths.product(item.productSlug)} className={styles.itemName}>
                  {item.name}
                </Link>
                <span className={styles.itemMeta}>
                  {t("order.itemLine", { quantity: item.quantity, price: vnd(item.unitPrice), unit: item.unit })}
                </span>
              </div>
              <strong className={styles.lineTotal}>{vnd(item.lineTotal)}</strong>
            </div>
            {item.traceCode && (
              <Link to={paths.trace(item.traceCode)} className={styles.trace}>
                <Icon name="shield" size={16} />
                {t("trace.fromOrder")}
              </Link>
            )}
            {renderItemExtra?.(item, part)}
          </li>
        ))}
      </ul>
      <dl className={styles.totals}>
        <div>
          <dt>{t("cart.stallSubtotal")}</dt>
          <dd>{vnd(part.subtotal)}</dd>
        </div>
        <div>
          <dt>{t("cart.shipping")}</dt>
          <dd>{part.shippingFee ? vnd(part.shippingFee) : t("cart.freeShipping")}</dd>
        </div>
      </dl>
      <details className={styles.history}>
        <summary>{t("order.history")}</summary>
        <OrderTimeline events={events} />
      </details>
    </section>
  );
}
