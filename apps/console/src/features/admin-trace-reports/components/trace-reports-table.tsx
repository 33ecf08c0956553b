import { useFormat } from "@chophien/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useTraceReports } from "../api/get-trace-reports";

/** The admins' inbox of "báo cáo vấn đề" from trace pages: which batch, what, and how to answer the shopper. */
export function TraceReportsTable() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const [page, setPage] = useState(1);
  const reports = useTraceReports(page);
  if (reports.isPending) return <LoadingState rows={5} />;
  if (reports.isError) return <ErrorState onRetry={() => void reports.refetch()} />;
  if (!reports.data.items.length) return <EmptyState title={t("trace.inbox.empty")} />;
  return (
    <>
      <div className="table-scroll" tabIndex={0}>
        <table className="table table-cards">
          <caption className="visually-hidden">{t("trace.inbox.caption", { count: reports.data.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trace.inbox.at")}</th>
              <th scope="col">{t("trace.inbox.batch")}</th>
              <th scope="col">{t("trace.inbox.message")}</th>
              <th scope="col">{t("trace.inbox.contact")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data.items.map((r) => (
              <tr key={r.id}>
                <td className="nowrap" data-label={t("trace.inbox.at")}>
                  {dateTime(r.createdAt)}
                </td>
                <td className="cell-block" data-label={t("trace.inbox.batch")}>
                  <a href={`/t/${r.code}`} target="_blank" rel="noreferrer">
                    {r.productName} · {r.lot}
                  </a>
                  <br />
                  {r.stallName}
                </td>
                <td className="cell-block" data-label={t("trace.inbox.message")}>
                  {r.message}
                </td>
                <td data-label={t("trace.inbox.contact")}>{r.contact ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} limit={reports.data.limit} total={reports.data.total} onPage={setPage} />
    </>
  );
}
