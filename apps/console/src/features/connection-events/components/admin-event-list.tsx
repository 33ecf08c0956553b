import { EVENT_STATUSES, type EventStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { useUrlFilters } from "@/shared/lib/use-url-filters";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useAdminEvents } from "../api/events";
import { EventStatusBadge } from "./event-status-badge";
import styles from "./events.module.css";

const LIMIT = 30;
const isStatus = (v: string | null): v is EventStatus => EVENT_STATUSES.some((s) => s === v);

/**
 * Every event, newest start first (a status filter, paging in the URL), each with its start in GMT+7, where it is
 * (place or link), and how many demands it presents and stalls registered; each links to its details.
 */
export function AdminEventList({ selectedId }: { selectedId?: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { params, page, setParam } = useUrlFilters();
  const raw = params.get("status");
  const status = isStatus(raw) ? raw : undefined;
  const list = useAdminEvents({ status, page, limit: LIMIT });
  const search = params.toString();

  return (
    <div className="stack">
      <Link to={`/admin/events/new${search ? `?${search}` : ""}`} className="btn btn-primary">
        {t("events.new")}
      </Link>
      <label className="field">
        <span className="field-label">{t("events.statusFilter")}</span>
        <select className="input select" value={status ?? "all"} onChange={(e) => setParam("status", e.target.value)}>
          <option value="all">{t("common.all")}</option>
          {EVENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`events.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {list.isPending ? (
        <LoadingState rows={5} />
      ) : list.isError ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : !list.data.items.length ? (
        <EmptyState icon="inbox" title={t("events.none")} />
      ) : (
        <>
          <p className="muted">{t("events.count", { count: list.data.total })}</p>
          <ol className={cx(styles.queue, list.isPlaceholderData && "stale")}>
            {list.data.items.map((e) => (
              <li key={e.id}>
                <Link
                  to={`/admin/events/${e.id}${search ? `?${search}` : ""}`}
                  className={cx(styles.queueItem, e.id === selectedId && styles.queueSelected)}
                  aria-current={e.id === selectedId ? "page" : undefined}
                >
                  <strong>{e.title}</strong>
                  <span className="muted">
                    {dateTime(e.startsAt)} · {e.place ?? e.link}
                  </span>
                  <span className={styles.queueMeta}>
                    <EventStatusBadge status={e.status} />
                    <small className="muted">
                      {t("events.demandCount", { count: e.demandCount })} ·{" "}
                      {t("events.stallCount", { count: e.registrationCount })}
                    </small>
                  </span>
                </Link>
              </li>
            ))}
          </ol>
          <Pagination page={page} limit={LIMIT} total={list.data.total} onPage={(p) => setParam("page", String(p))} />
        </>
      )}
    </div>
  );
}
