import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useAdminPayouts } from "../api/get-admin-payouts";

/** Payouts recorded, newest first: stall, amount, bank reference, who recorded it and when. */
export function AdminPayoutsTable() {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const [page, setPage] = useState(1);
  const payouts = useAdminPayouts({ page, limit: 30 });
  if (payouts.isPending) return <LoadingState rows={4} />;
  if (payouts.isError) return <ErrorState onRetry={() => void payouts.refetch()} />;
  if (!payouts.data.items.length) return <EmptyState icon="bank" title={t("payouts.none")} />;
  return (
    <>
      <div className="table-scroll" tabIndex={0}>
        <table className="table table-dense table-cards">
          <caption className="visually-hidden">{t("payouts.caption", { count: payouts.data.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("payouts.columns.date")}</th>
              <th scope="col">{t("payouts.columns.stall")}</th>
              <th scope="col" className="num">
                {t("payouts.columns.amount")}
              </th>
              <th scope="col">{t("payouts.columns.reference")}</th>
              <th scope="col">{t("payouts.columns.by")}</th>
            </tr>
          </thead>
          <tbody>
            {payouts.data.items.map((p) => (
              <tr key={p.id}>
                <td className="nowrap" data-label={t("payouts.columns.date")}>
                  {dateTime(p.createdAt)}
                </td>
                <td data-label={t("payouts.columns.stall")}>{p.stall.name}</td>
                <td className="num" data-label={t("payouts.columns.amount")}>
                  {vnd(p.amount)}
                </td>
                <td data-label={t("payouts.columns.reference")}>
                  <code>{p.reference}</code>
                </td>
                <td data-label={t("payouts.columns.by")}>{p.createdBy.fullName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} limit={payouts.data.limit} total={payouts.data.total} onPage={setPage} />
    </>
  );
}
