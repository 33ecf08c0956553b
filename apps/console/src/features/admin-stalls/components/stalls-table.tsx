import { STALL_STATUSES, type Stall, type StallStatus } from "@chophien/contracts";
import { useDebouncedValue } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "@/shared/i18n/use-format";
import { cx } from "@/shared/lib/cx";
import { ConfirmDialog } from "@/shared/ui/dialog";
import { errorMessage } from "@/shared/lib/error-message";
import { Pagination } from "@/shared/ui/pagination";
import { StallStatusBadge } from "@/shared/ui/stall-status-badge";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { useAdminStalls } from "../api/get-admin-stalls";
import { useReinstateStall } from "../api/reinstate-stall";
import { useSuspendStall } from "../api/suspend-stall";
import { CommissionCell } from "./commission-cell";
import { DecisionDialog } from "./decision-dialog";
import styles from "./admin-stalls.module.css";

const LIMIT = 50;

/** Every stall, dense for a laptop: filter by status or name, suspend or reinstate, and override the commission. */
export function StallsTable() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const [status, setStatus] = useState<StallStatus | undefined>("approved");
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const stalls = useAdminStalls({ status, q: debouncedQ || undefined, page, limit: LIMIT });
  const suspend = useSuspendStall();
  const reinstate = useReinstateStall();
  const [suspending, setSuspending] = useState<Stall | null>(null);
  const [reinstating, setReinstating] = useState<Stall | null>(null);

  return (
    <div className={styles.stalls}>
      <div className="filters">
        <label className="field">
          <span className="field-label">{t("adminStalls.search")}</span>
          <input
            className="input"
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t("adminStalls.status")}</span>
          <select
            className="input select"
            value={status ?? ""}
            onChange={(e) => {
              setStatus((e.target.value || undefined) as StallStatus | undefined);
              setPage(1);
            }}
          >
            <option value="">{t("common.all")}</option>
            {STALL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`stallStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      {stalls.isPending ? (
        <LoadingState rows={8} />
      ) : stalls.isError ? (
        <ErrorState onRetry={() => void stalls.refetch()} />
      ) : stalls.data.items.length === 0 ? (
        <EmptyState icon="store" title={t("adminStalls.noStalls")} />
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className={cx("table table-dense table-cards", stalls.isPlaceholderData && "stale")}>
            <caption className="visually-hidden">{t("adminStalls.caption", { count: stalls.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("adminStalls.columns.stall")}</th>
                <th scope="col">{t("adminStalls.columns.owner")}</th>
                <th scope="col" className="num">
                  {t("adminStalls.columns.products")}
                </th>
                <th scope="col">{t("adminStalls.columns.commission")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("adminStalls.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {stalls.data.items.map((s) => (
                <tr key={s.id}>
                  <td className={cx("cell-block", styles.stallName)} data-label={t("adminStalls.columns.stall")}>
                    {s.status === "pending" ? (
                      <Link to={`/admin/applications/${s.id}`}>{s.name}</Link>
                    ) : (
                      <a href={`/gian-hang/${s.slug}`}>{s.name}</a>
                    )}
                    <span className={styles.stallMeta}>
                      <StallStatusBadge status={s.status} />
                      <small className="muted">
                        {s.province.name} · {t("adminStalls.since", { date: date(s.approvedAt ?? s.createdAt) })}
                      </small>
                    </span>
                    {s.statusReason && <small className="block">{s.statusReason}</small>}
                  </td>
                  <td className="cell-block" data-label={t("adminStalls.columns.owner")}>
                    {s.owner.fullName}
                    <small className="muted block">{s.owner.email}</small>
                  </td>
                  <td className="num" data-label={t("adminStalls.columns.products")}>
                    <Link
                      className={styles.count}
                      to={`/admin/products?stall=${s.id}`}
                      aria-label={t("adminStalls.productsOf", { count: s.productCount, name: s.name })}
                    >
                      {s.productCount}
                    </Link>
                  </td>
                  <td className="cell-block" data-label={t("adminStalls.columns.commission")}>
                    <CommissionCell key={`${s.id}-${s.commissionRateBps}`} stall={s} />
                  </td>
                  <td className="cell-actions" data-label={t("adminStalls.columns.actions")}>
                    {s.status === "approved" && (
                      <button type="button" className="btn btn-danger btn-sm nowrap" onClick={() => setSuspending(s)}>
                        {t("adminStalls.actions.suspend")}
                      </button>
                    )}
                    {s.status === "suspended" && (
                      <button type="button" className="btn btn-secondary btn-sm nowrap" onClick={() => setReinstating(s)}>
                        {t("adminStalls.actions.reinstate")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {stalls.data && <Pagination page={page} limit={LIMIT} total={stalls.data.total} onPage={setPage} />}

      <DecisionDialog
        open={suspending !== null}
        kind="suspend"
        stallName={suspending?.name ?? ""}
        busy={suspend.isPending}
        error={suspend.error}
        onClose={() => {
          setSuspending(null);
          suspend.reset();
        }}
        onReason={(reason) =>
          suspending &&
          suspend.mutate(
            { id: suspending.id, reason },
            {
              onSuccess: (s) => {
                setSuspending(null);
                showToast(t("adminStalls.suspended", { name: s.name }));
              },
            },
          )
        }
      />
      <ConfirmDialog
        open={reinstating !== null}
        title={t("adminStalls.reinstateTitle", { name: reinstating?.name ?? "" })}
        body={<p>{t("adminStalls.reinstateBody")}</p>}
        confirmLabel={t("adminStalls.actions.reinstate")}
        busy={reinstate.isPending}
        error={reinstate.isError ? errorMessage(reinstate.error, t) : null}
        onClose={() => {
          setReinstating(null);
          reinstate.reset();
        }}
        onConfirm={() =>
          reinstating &&
          reinstate.mutate(reinstating.id, {
            onSuccess: (s) => {
              setReinstating(null);
              showToast(t("adminStalls.reinstated", { name: s.name }));
            },
          })
        }
      />
    </div>
  );
}
