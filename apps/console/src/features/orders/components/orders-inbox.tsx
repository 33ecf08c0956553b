import { STALL_ORDER_STATUSES, type StallOrderStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { OrderStatusBadge, PaymentBadge } from "@/shared/ui/order-status-badge";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useSellerOrders } from "../api/get-seller-orders";
import styles from "./orders.module.css";

const LIMIT = 20;
/** The tabs in the order a seller works through them: new first, finished last. */
const TABS: StallOrderStatus[] = ["placed", "confirmed", "shipped", "delivered", "completed", "cancelled", "awaiting_payment"];
const isStatus = (s: string | null): s is StallOrderStatus => STALL_ORDER_STATUSES.some((x) => x === s);

/** The stall's orders by status, each tab with its count; a card per order with what to do next. */
export function OrdersInbox() {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = isStatus(raw) ? raw : undefined;
  const page = Number(params.get("page")) || 1;
  const orders = useSellerOrders({ status, page, limit: LIMIT });
  const counts = orders.data?.counts ?? {};
  const all = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);

  const go = (next: { status?: string; page?: number }) =>
    setParams(
      () => {
        const p = new URLSearchParams();
        if (next.status) p.set("status", next.status);
        if (next.page && next.page > 1) p.set("page", String(next.page));
        return p;
      },
      { replace: true },
    );

  return (
    <div className={styles.inbox}>
      <nav className={styles.tabs} aria-label={t("orders.tabsLabel")}>
        <button type="button" aria-pressed={!status} onClick={() => go({})}>
          {t("common.all")} <span className={styles.count}>{all}</span>
        </button>
        {TABS.map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => go({ status: s })}>
            {t(`orderTab.${s}`)}
            <span className={cx(styles.count, s === "placed" && (counts.placed ?? 0) > 0 && styles.countHot)}>
              {counts[s] ?? 0}
            </span>
          </button>
        ))}
      </nav>

      {orders.isPending ? (
        <LoadingState rows={5} />
      ) : orders.isError ? (
        <ErrorState onRetry={() => void orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <EmptyState
          icon="inbox"
          title={status ? t("orders.emptyStatus", { status: t(`orderTab.${status}`) }) : t("orders.empty")}
        >
          <p>{t("orders.emptyBody")}</p>
        </EmptyState>
      ) : (
        <ul className={cx(styles.list, orders.isPlaceholderData && styles.stale)}>
          {orders.data.items.map((o) => {
            const [first, ...rest] = o.items;
            const next = o.actions.find((a) => a !== "cancel" && a !== "receive");
            return (
              <li key={o.id}>
                <Link className={styles.row} to={`/seller/orders/${o.id}`}>
                  <span className={styles.rowTop}>
                    <strong className={styles.code}>{o.orderCode}</strong>
                    <small className="muted">{dateTime(o.createdAt)}</small>
                    <strong className={styles.total}>{vnd(o.subtotal + o.shippingFee)}</strong>
                  </span>
                  <span className={styles.rowItems}>
                    <span className={styles.buyerName}>{o.buyer.fullName}</span>
                    <span className="muted">
                      {first && `${first.quantity} × ${first.name}`}
                      {rest.length > 0 && ` ${t("orders.andMore", { count: rest.length })}`}
                    </span>
                  </span>
                  <span className={styles.rowBadges}>
                    <OrderStatusBadge status={o.status} />
                    <PaymentBadge method={o.payment.method} status={o.payment.status} />
                    {next && <span className={styles.nextStep}>{t(`orders.next.${next}`)}</span>}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {orders.data && <Pagination page={page} limit={LIMIT} total={orders.data.total} onPage={(p) => go({ status, page: p })} />}
    </div>
  );
}
