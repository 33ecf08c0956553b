import { PAYMENT_METHODS, STALL_ORDER_STATUSES, provinceBySlug, type Order } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { useUrlFilters } from "@/shared/lib/use-url-filters";
import { OrderStatusBadge, PaymentBadge } from "@/shared/ui/order-status-badge";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useAdminOrders, type AdminOrderFilters } from "../api/get-admin-orders";
import styles from "./admin-orders.module.css";

const LIMIT = 30;
const FILTERS = ["status", "stall", "paymentMethod", "q", "from", "to", "selfDealing"] as const;

/** Every order with the API's filters kept in the URL (shareable between admins); a row opens to show its stall orders. */
export function AdminOrdersTable() {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const { params, page, setParam } = useUrlFilters();
  const [open, setOpen] = useState<string | null>(null);
  const raw = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ""])) as Record<(typeof FILTERS)[number], string>;
  const q = useDebouncedValue(raw.q.trim(), 300);
  const stall = useDebouncedValue(raw.stall.trim(), 300);
  const filters: AdminOrderFilters = {
    status: STALL_ORDER_STATUSES.find((x) => x === raw.status),
    paymentMethod: PAYMENT_METHODS.find((x) => x === raw.paymentMethod),
    stall: stall || undefined,
    q: q || undefined,
    from: raw.from || undefined,
    to: raw.to || undefined,
    // Orders in which a stall's owner bought from their own stall: left out of ratings, listed here for review.
    selfDealing: raw.selfDealing === "true" ? true : raw.selfDealing === "false" ? false : undefined,
    page,
    limit: LIMIT,
  };
  const orders = useAdminOrders(filters);

  return (
    <div className={styles.wrap}>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()} aria-label={t("adminOrders.filters")}>
        <label className="field">
          <span className="field-label">{t("adminOrders.code")}</span>
          <input
            className="input"
            type="search"
            value={raw.q}
            placeholder="CP-2026…"
            onChange={(e) => setParam("q", e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t("adminOrders.status")}</span>
          <select className="input select" value={raw.status} onChange={(e) => setParam("status", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {STALL_ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`orderStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t("adminOrders.payment")}</span>
          <select className="input select" value={raw.paymentMethod} onChange={(e) => setParam("paymentMethod", e.target.value)}>
            <option value="">{t("common.all")}</option>
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`paymentMethod.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t("adminOrders.stall")}</span>
          <input
            className="input"
            value={raw.stall}
            placeholder={t("adminOrders.stallPlaceholder")}
            onChange={(e) => setParam("stall", e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t("adminOrders.selfDealing")}</span>
          <select className="input select" value={raw.selfDealing} onChange={(e) => setParam("selfDealing", e.target.value)}>
            <option value="">{t("adminOrders.selfDealingAll")}</option>
            <option value="true">{t("adminOrders.selfDealingOnly")}</option>
            <option value="false">{t("adminOrders.selfDealingNone")}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t("adminOrders.from")}</span>
          <input className="input" type="date" value={raw.from} onChange={(e) => setParam("from", e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t("adminOrders.to")}</span>
          <input className="input" type="date" value={raw.to} onChange={(e) => setParam("to", e.target.value)} />
        </label>
      </form>

      {orders.isPending ? (
        <LoadingState rows={8} />
      ) : orders.isError ? (
        <ErrorState onRetry={() => void orders.refetch()} />
      ) : orders.data.items.length === 0 ? (
        <EmptyState icon="receipt" title={t("adminOrders.empty")} />
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className={cx("table table-dense table-cards", orders.isPlaceholderData && "stale")}>
            <caption className="visually-hidden">{t("adminOrders.caption", { count: orders.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminOrders.code")}</th>
                <th scope="col">{t("adminOrders.date")}</th>
                <th scope="col">{t("adminOrders.buyer")}</th>
                <th scope="col">{t("adminOrders.stalls")}</th>
                <th scope="col">{t("adminOrders.payment")}</th>
                <th scope="col">{t("adminOrders.status")}</th>
                <th scope="col" className="num">
                  {t("adminOrders.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.data.items.map((o) => (
                <Fragment key={o.id}>
                  <tr className={cx(open === o.id && styles.opened)}>
                    <td className="nowrap" data-label={t("adminOrders.code")}>
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={open === o.id}
                        onClick={() => setOpen(open === o.id ? null : o.id)}
                      >
                        {o.code}
                      </button>
                    </td>
                    <td className="nowrap" data-label={t("adminOrders.date")}>
                      {dateTime(o.createdAt)}
                    </td>
                    <td data-label={t("adminOrders.buyer")}>{o.buyer.fullName}</td>
                    <td data-label={t("adminOrders.stalls")}>{o.stallOrders.map((s) => s.stall.name).join(", ")}</td>
                    <td data-label={t("adminOrders.payment")}>
                      <PaymentBadge method={o.payment.method} status={o.payment.status} />
                    </td>
                    <td data-label={t("adminOrders.status")}>
                      <OrderStatusBadge status={o.status} />
                    </td>
                    <td className="num" data-label={t("adminOrders.total")}>
                      {vnd(o.grandTotal)}
                    </td>
                  </tr>
                  {open === o.id && (
                    <tr className={styles.expanded}>
                      <td colSpan={7} className="cell-block" data-label={t("adminOrders.details")}>
                        <OrderParts order={o} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orders.data && (
        <Pagination page={page} limit={LIMIT} total={orders.data.total} onPage={(p) => setParam("page", String(p))} />
      )}
    </div>
  );
}

/** The stall orders of one order, with address and note: what an admin needs to answer a buyer or a seller. */
function OrderParts({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const a = order.shippingAddress;
  return (
    <div className={styles.parts}>
      <p>
        <strong>{t("adminOrders.shipTo")}:</strong> {a.fullName}, {a.phone},{" "}
        {[a.street, a.ward, provinceBySlug(a.province)?.name ?? a.province].join(", ")}
        {order.note && (
          <>
            <br />
            <strong>{t("adminOrders.note")}:</strong> {order.note}
          </>
        )}
      </p>
      <ul>
        {order.stallOrders.map((s) => (
          <li key={s.id}>
            <strong>{s.stall.name}</strong> · <OrderStatusBadge status={s.status} /> · {vnd(s.subtotal + s.shippingFee)} (
            {t("adminOrders.commission")} {vnd(s.commission)}){s.trackingNumber && ` · ${s.carrier} ${s.trackingNumber}`}
            {s.cancelReason && <span className="muted"> — {s.cancelReason}</span>}
            <br />
            <small className="muted">{s.items.map((i) => `${i.quantity} × ${i.name}`).join("; ")}</small>
          </li>
        ))}
      </ul>
    </div>
  );
}
