import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { errorMessage } from "@/shared/lib/error-message";
import { Badge } from "@/shared/ui/badge";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import { useRefunds } from "../api/get-refunds";
import { useRetryRefund } from "../api/retry-refund";
import { REFUND_STATUSES, type RefundStatus } from "../api/types";

/** Refunds by state, failed first: what VNPay last said, how many tries, and a retry for the failed ones. */
export function RefundsTable() {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const [status, setStatus] = useState<RefundStatus>("failed");
  const [page, setPage] = useState(1);
  const refunds = useRefunds(status, page);
  const retry = useRetryRefund();

  return (
    <div className="stack">
      <div className="segmented" role="group" aria-label={t("refunds.filter")}>
        {REFUND_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={status === s}
            onClick={() => {
              setStatus(s);
              setPage(1);
            }}
          >
            {t(`refundStatus.${s}`)}
          </button>
        ))}
      </div>
      {refunds.isPending ? (
        <LoadingState rows={4} />
      ) : refunds.isError ? (
        <ErrorState onRetry={() => void refunds.refetch()} />
      ) : refunds.data.items.length === 0 ? (
        <EmptyState icon="check" title={status === "failed" ? t("refunds.noneFailed") : t("refunds.none")} />
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="table table-dense table-cards">
            <caption className="visually-hidden">{t("refunds.caption", { count: refunds.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("refunds.columns.created")}</th>
                <th scope="col" className="num">
                  {t("refunds.columns.amount")}
                </th>
                <th scope="col">{t("refunds.columns.type")}</th>
                <th scope="col">{t("refunds.columns.status")}</th>
                <th scope="col" className="num">
                  {t("refunds.columns.attempts")}
                </th>
                <th scope="col">{t("refunds.columns.gateway")}</th>
                <th scope="col">{t("refunds.columns.updated")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("refunds.columns.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {refunds.data.items.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap" data-label={t("refunds.columns.created")}>
                    {dateTime(r.createdAt)}
                  </td>
                  <td className="num" data-label={t("refunds.columns.amount")}>
                    {vnd(r.amount)}
                  </td>
                  <td data-label={t("refunds.columns.type")}>
                    {r.transactionType === "02" ? t("refunds.full") : t("refunds.partial")}
                  </td>
                  <td data-label={t("refunds.columns.status")}>
                    <Badge tone={r.status === "failed" ? "red" : r.status === "pending" ? "amber" : "green"}>
                      {t(`refundStatus.${r.status}`)}
                    </Badge>
                  </td>
                  <td className="num" data-label={t("refunds.columns.attempts")}>
                    {r.attempts}
                  </td>
                  <td data-label={t("refunds.columns.gateway")}>
                    {r.responseCode && <code>{r.responseCode}</code>}{" "}
                    {r.lastError && <span className="muted">{r.lastError}</span>}
                  </td>
                  <td className="nowrap" data-label={t("refunds.columns.updated")}>
                    {dateTime(r.updatedAt)}
                  </td>
                  <td>
                    {r.status === "failed" && (
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        disabled={retry.isPending && retry.variables === r.id}
                        onClick={() =>
                          retry.mutate(r.id, {
                            onSuccess: (res) =>
                              showToast(t(res.status === "succeeded" ? "refunds.retrySucceeded" : "refunds.retrySent")),
                            onError: (err) => showToast(errorMessage(err, t), "error"),
                          })
                        }
                      >
                        {t("refunds.retry")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {refunds.data && <Pagination page={page} limit={refunds.data.limit} total={refunds.data.total} onPage={setPage} />}
    </div>
  );
}
