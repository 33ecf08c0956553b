import type { Order, StallOrder } from "@chophien/contracts";
import { ApiError, useFormat } from "@chophien/web";
import { provinceBySlug } from "@chophien/contracts";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "@/shared/ui/icon";
import { showToast } from "@/shared/ui/toast";
import { useCancelOrder } from "../api/cancel-order";
import { useReceiveOrder } from "../api/receive-order";
import { OrderRefunds } from "../pay-again/order-refunds";
import { PayAgainPanel } from "../pay-again/pay-again-panel";
import { OrderStatusBadge } from "./order-status-badge";
import { StallOrderCard, type OrderItem } from "./stall-order-card";
import { OrderTotals } from "@/shared/ui/order-totals";
import styles from "./order-detail.module.css";

interface Props {
  order: Order;
  renderItemExtra?: (item: OrderItem, part: StallOrder) => ReactNode;
}

/** A whole order: code, payment, address, each stall's parcel, totals, and the buyer's actions. */
export function OrderDetail({ order, renderItemExtra }: Props) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const cancel = useCancelOrder();
  const receive = useReceiveOrder();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [reason, setReason] = useState("");
  const canCancel = order.stallOrders.some((p) => p.actions.includes("cancel"));
  const canReceive = order.stallOrders.some((p) => p.actions.includes("receive"));
  const address = order.shippingAddress;
  const failed = (err: Error) =>
    showToast({
      tone: "error",
      message: err instanceof ApiError && err.status === 409 ? t("order.actionConflict") : t("error.body"),
    });

  return (
    <div className={styles.detail}>
      <header className={`card ${styles.head}`}>
        <div className={styles.codeRow}>
          <h1 className={styles.code}>
            {t("order.heading")} <span className={styles.nowrap}>{order.code}</span>
          </h1>
          <OrderStatusBadge status={order.status} />
        </div>
        <p className={styles.meta}>{t("order.placedAt", { date: dateTime(order.createdAt) })}</p>
        <p className={styles.meta}>
          {t(`payment.method.${order.payment.method}`)} · {t(`payment.status.${order.payment.status}`)}
        </p>
      </header>

      <PayAgainPanel order={order} />
      <OrderRefunds order={order} />

      {order.stallOrders.map((part) => (
        <StallOrderCard
          key={part.id}
          part={part}
          events={order.timeline.filter((e) => e.stallOrderId === part.id || e.stallOrderId === null)}
          renderItemExtra={renderItemExtra}
          cancellable={order.stallOrders.length > 1}
        />
      ))}

      <section className={`card ${styles.box}`} aria-labelledby="order-address">
        <h2 id="order-address" className={styles.boxTitle}>
          <Icon name="pin" size={18} /> {t("checkout.address")}
        </h2>
        <address className={styles.address}>
          <strong>{address.fullName}</strong> · {address.phone}
          <br />
          {[address.street, address.ward, address.district, provinceBySlug(address.province)?.name ?? address.province]
            .filter(Boolean)
            .join(", ")}
        </address>
        {order.note && <p className={styles.meta}>{t("order.note", { note: order.note })}</p>}
      </section>

      <section className={`card ${styles.box}`} aria-labelledby="order-totals">
        <h2 id="order-totals" className={styles.boxTitle}>
          {t("order.totals")}
        </h2>
        <OrderTotals
          subtotalLabel={t("cart.subtotalPlain")}
          subtotal={order.subtotal}
          parcels={order.stallOrders.length}
          shipping={order.shippingTotal}
          grandTotal={order.grandTotal}
        />
      </section>

      {(canCancel || canReceive) && (
        <div className={styles.actions}>
          {canReceive && (
            <button
              type="button"
              className="btn btn-primary btn-lg"
              disabled={receive.isPending}
              onClick={() => receive.mutate(order.code, { onError: failed })}
            >
              <Icon name="check" size={20} />
              {t("order.receive")}
            </button>
          )}
          {canCancel && !confirmCancel && (
            <button type="button" className="btn btn-danger" onClick={() => setConfirmCancel(true)}>
              {t("order.cancel")}
            </button>
          )}
          {canCancel && confirmCancel && (
            <form
              className={`card ${styles.cancelForm}`}
              onSubmit={(e) => {
                e.preventDefault();
                cancel.mutate(
                  { code: order.code, reason: reason.trim() || undefined },
                  { onError: failed, onSuccess: () => setConfirmCancel(false) },
                );
              }}
            >
              <p className={styles.cancelTitle}>{t("order.cancelConfirm")}</p>
              <label className="field">
                <span className="field-label">{t("order.cancelReasonLabel")}</span>
                <textarea className="input" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
              </label>
              <div className={styles.cancelButtons}>
                <button type="submit" className="btn btn-danger" disabled={cancel.isPending}>
                  {t("order.cancelYes")}
                </button>
                <button type="button" className="btn btn-ghost" onClick={() => setConfirmCancel(false)}>
                  {t("order.cancelNo")}
                </button>
              </div>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
