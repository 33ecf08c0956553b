import type { BalanceDue } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";
import { useBalancesDue } from "../api/get-balances-due";
import styles from "./balances-due.module.css";

/** What the market owes each stall now, largest first, as cards (a phone first); "Chi trả" fills the form. */
export function BalancesDue({ onPay }: { onPay: (due: BalanceDue) => void }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const [page, setPage] = useState(1);
  const due = useBalancesDue(page);
  if (due.isPending) return <LoadingState rows={3} />;
  if (due.isError) return <ErrorState onRetry={() => void due.refetch()} />;
  if (!due.data.items.length) return <EmptyState icon="bank" title={t("payouts.noneDue")} />;
  return (
    <>
      <ul className={styles.list} aria-label={t("payouts.dueCaption", { count: due.data.total })}>
        {due.data.items.map((d) => (
          <li key={d.stall.id} className={`card ${styles.item}`}>
            <div className={styles.text}>
              <strong className={styles.name}>{d.stall.name}</strong>
              <span className={styles.payable}>{vnd(d.payable)}</span>
              <span className="muted">{t("payouts.dueDetail", { available: vnd(d.available), held: vnd(d.held) })}</span>
            </div>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => onPay(d)}
              aria-label={t("payouts.payStall", { stall: d.stall.name })}
            >
              {t("payouts.pay")}
            </button>
          </li>
        ))}
      </ul>
      <Pagination page={page} limit={due.data.limit} total={due.data.total} onPage={setPage} />
    </>
  );
}
