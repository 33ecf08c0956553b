import { useFormat } from "@chophien/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paths } from "@/shared/lib/paths";
import { Icon } from "@/shared/ui/icon";
import { Pagination } from "@/shared/ui/pagination";
import { Skeleton } from "@/shared/ui/skeleton";
import { EmptyState, ErrorState } from "@/shared/ui/state-message";
import { useOrders } from "../api/get-orders";
import { OrderStatusBadge } from "./order-status-badge";
import styles from "./order-list.module.css";

const PAGE_SIZE = 10;

/** My orders, newest first, each a link to its detail. */
export function OrderList({ page }: { page: number }) {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const orders = useOrders({ page, limit: PAGE_SIZE });

  if (orders.isPending)
    return (
      <div className={styles.list} role="status" aria-label={t("common.loading")}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height="6.5rem" />
        ))}
      </div>
    );
  if (orders.isError) return <ErrorState onRetry={() => void orders.refetch()} />;
  if (!orders.data.items.length)
    return (
      <EmptyState
        icon="truck"
        title={t("orders.emptyTitle")}
        action={
          <Link className="btn btn-primary" to={paths.search()}>
            {t("cart.startShopping")}
          </Link>
        }
      >
        <p>{t("orders.emptyBody")}</p>
      </EmptyState>
    );
  return (
    <>
      <ul className={styles.list}>
        {orders.data.items.map((o) => (
          <li key={o.id} className={`card ${styles.item}`}>
            <div className={styles.top}>
              <Link to={paths.order(o.code)} className={styles.code}>
                {o.code}
              </Link>
              <OrderStatusBadge status={o.status} />
            </div>
            <p className={styles.meta}>
              {dateTime(o.createdAt)} · {t("orders.summary", { items: o.itemCount, stalls: o.stallCount })}
            </p>
            <div className={styles.bottom}>
              <span className={styles.payment}>{t(`payment.method.${o.payment.method}`)}</span>
              <strong className={styles.total}>{vnd(o.grandTotal)}</strong>
              <Icon name="chevronRight" size={18} />
            </div>
          </li>
        ))}
      </ul>
      <Pagination
        page={page}
        pageCount={Math.ceil(orders.data.total / PAGE_SIZE)}
        hrefFor={(p) => (p > 1 ? `${paths.orders()}?page=${p}` : paths.orders())}
      />
    </>
  );
}
