import type { Order } from "@chophien/contracts";
import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import styles from "./pay-again-panel.module.css";

/** The order's refunds: on their way (3–7 days; failed ones are retried by the market) or refunded, with the stall. */
export function OrderRefunds({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  if (!order.refunds.length) return null;
  const stallOf = (id: string | null) => order.stallOrders.find((p) => p.id === id)?.stall.name;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="order-refunds">
      <h2 id="order-refunds" className={styles.title}>
        {t("refund.title")}
      </h2>
      <ul className={styles.list}>
        {order.refunds.map((r) => (
          <li key={`${r.stallOrderId ?? "payment"}-${r.createdAt}`} data-testid="order-refund">
            <strong>
              {r.status === "succeeded"
                ? t("refund.settled", { amount: vnd(r.amount) })
                : t("refund.pending", { amount: vnd(r.amount) })}
            </strong>
            <br />
            <span className={styles.hint}>
              {stallOf(r.stallOrderId) ?? t("refund.duplicate")}
              {r.settledAt ? ` · ${dateTime(r.settledAt)}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
