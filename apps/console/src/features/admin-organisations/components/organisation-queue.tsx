import { ORGANISATION_STATUSES, provinceBySlug, type OrganisationStatus } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { useUrlFilters } from "@/shared/lib/use-url-filters";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useAdminOrganisations } from "../api/organisations";
import { OrganisationStatusBadge } from "./organisation-status-badge";
import styles from "./organisations.module.css";

const LIMIT = 30;
const isStatus = (v: string | null): v is OrganisationStatus => ORGANISATION_STATUSES.some((s) => s === v);

/**
 * Organisations by status (the pending ones first: the queue), oldest first, as links to each one's details; the
 * status and page live in the URL so the detail's way back keeps them.
 */
export function OrganisationQueue({ selectedId }: { selectedId?: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { params, page, setParam } = useUrlFilters();
  const raw = params.get("status");
  // No status in the URL: the pending queue; "all" shows every organisation.
  const status = raw === "all" ? undefined : isStatus(raw) ? raw : "pending";
  const list = useAdminOrganisations({ status, page, limit: LIMIT });
  const search = params.toString();

  return (
    <div className="stack">
      <label className="field">
        <span className="field-label">{t("organisations.statusFilter")}</span>
        <select className="input select" value={status ?? "all"} onChange={(e) => setParam("status", e.target.value)}>
          <option value="all">{t("common.all")}</option>
          {ORGANISATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`organisations.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {list.isPending ? (
        <LoadingState rows={5} />
      ) : list.isError ? (
        <ErrorState onRetry={() => void list.refetch()} />
      ) : !list.data.items.length ? (
        <EmptyState icon="check" title={t(status === "pending" ? "organisations.queueEmpty" : "organisations.none")} />
      ) : (
        <>
          <p className="muted">{t("organisations.count", { count: list.data.total })}</p>
          <ol className={cx(styles.queue, list.isPlaceholderData && "stale")}>
            {list.data.items.map((o) => (
              <li key={o.id}>
                <Link
                  to={`/admin/organisations/${o.id}${search ? `?${search}` : ""}`}
                  className={cx(styles.queueItem, o.id === selectedId && styles.queueSelected)}
                  aria-current={o.id === selectedId ? "page" : undefined}
                >
                  <strong>{o.name}</strong>
                  <span className="muted">
                    {t(`organisations.kind.${o.kind}`)} · {provinceBySlug(o.province)?.name ?? o.province}
                  </span>
                  <span className={styles.queueMeta}>
                    <OrganisationStatusBadge status={o.status} />
                    <small className="muted">{dateTime(o.createdAt)}</small>
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
