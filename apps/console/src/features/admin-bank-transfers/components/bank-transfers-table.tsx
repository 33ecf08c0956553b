import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { errorMessage } from "@/shared/lib/error-message";
import { Badge } from "@/shared/ui/badge";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { showToast } from "@/shared/ui/toast";
import {
  BANK_TRANSFER_STATUSES,
  type BankTransfer,
  type BankTransferStatus,
  useBankTransfers,
  useMatchTransfer,
} from "../api/bank-transfers";

/** Pay an order with this transfer (its code), or resolve it without one; the reason is required. */
function MatchForm({ transfer }: { transfer: BankTransfer }) {
  const { t } = useTranslation();
  const match = useMatchTransfer();
  const [orderCode, setOrderCode] = useState("");
  const [note, setNote] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    match.mutate(
      { id: transfer.id, orderCode: orderCode.trim() || undefined, note },
      {
        onSuccess: (r) => showToast(t(r.status === "matched" ? "bankTransfers.matchedToast" : "bankTransfers.resolvedToast")),
        onError: (err) => showToast(errorMessage(err, t), "error"),
      },
    );
  };
  return (
    <form className="stack" onSubmit={submit}>
      <label>
        {t("bankTransfers.orderCode")}
        <input className="input" value={orderCode} onChange={(e) => setOrderCode(e.target.value)} placeholder="CP-…" />
      </label>
      <label>
        {t("bankTransfers.reason")}
        <input className="input" value={note} onChange={(e) => setNote(e.target.value)} required minLength={3} />
      </label>
      <button type="submit" className="btn btn-secondary btn-sm" disabled={match.isPending}>
        {orderCode.trim() ? t("bankTransfers.match") : t("bankTransfers.resolve")}
      </button>
    </form>
  );
}

/** Bank transfers that paid nothing automatically (wrong amount, unknown note), for an admin to decide. */
export function BankTransfersTable() {
  const { t } = useTranslation();
  const { vnd, dateTime } = useFormat();
  const [status, setStatus] = useState<BankTransferStatus>("unmatched");
  const [page, setPage] = useState(1);
  const transfers = useBankTransfers(status, page);
  return (
    <div className="stack">
      <div className="segmented" role="group" aria-label={t("bankTransfers.filter")}>
        {BANK_TRANSFER_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={status === s}
            onClick={() => {
              setStatus(s);
              setPage(1);
            }}
          >
            {t(`bankTransfers.status.${s}`)}
          </button>
        ))}
      </div>
      {transfers.isPending ? (
        <LoadingState rows={4} />
      ) : transfers.isError ? (
        <ErrorState onRetry={() => void transfers.refetch()} />
      ) : transfers.data.items.length === 0 ? (
        <EmptyState icon="check" title={t("bankTransfers.none")} />
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="table table-dense table-cards">
            <caption className="visually-hidden">{t("bankTransfers.caption", { count: transfers.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("bankTransfers.columns.when")}</th>
                <th scope="col" className="num">
                  {t("bankTransfers.columns.amount")}
                </th>
                <th scope="col">{t("bankTransfers.columns.content")}</th>
                <th scope="col">{t("bankTransfers.columns.status")}</th>
                <th scope="col">{t("bankTransfers.columns.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {transfers.data.items.map((x) => (
                <tr key={x.id}>
                  <td className="nowrap" data-label={t("bankTransfers.columns.when")}>
                    {dateTime(x.transactedAt)}
                  </td>
                  <td className="num" data-label={t("bankTransfers.columns.amount")}>
                    {vnd(x.amount)}
                  </td>
                  <td className="cell-block" data-label={t("bankTransfers.columns.content")}>
                    <code>{x.content}</code>
                    <div className="muted">{x.transactionId}</div>
                  </td>
                  <td className="cell-block" data-label={t("bankTransfers.columns.status")}>
                    <Badge tone={x.status === "unmatched" ? "amber" : x.status === "matched" ? "green" : "blue"}>
                      {t(`bankTransfers.status.${x.status}`)}
                    </Badge>
                    {x.reason && <div className="muted">{x.reason}</div>}
                  </td>
                  <td className="cell-block" data-label={t("bankTransfers.columns.decision")}>
                    {x.status === "unmatched" ? <MatchForm transfer={x} /> : x.matchNote}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {transfers.data && <Pagination page={page} total={transfers.data.total} limit={transfers.data.limit} onPage={setPage} />}
    </div>
  );
}
