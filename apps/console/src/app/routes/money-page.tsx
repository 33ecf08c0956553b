import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLedger } from "@/features/money/api/get-ledger";
import { usePayouts } from "@/features/money/api/get-payouts";
import { BalanceCards } from "@/features/money/components/balance-cards";
import { LedgerTable } from "@/features/money/components/ledger-table";
import { PayoutsTable } from "@/features/money/components/payouts-table";
import { PageHeader } from "@/shared/ui/page-header";
import { Pagination } from "@/shared/ui/pagination";
import { EmptyState, ErrorState, LoadingState } from "@/shared/ui/state-message";

/** The stall's money: balance, the ledger line by line, and the payouts received. */
export function MoneyPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const ledger = useLedger(page);
  const payouts = usePayouts();
  return (
    <>
      <PageHeader title={t("money.title")} description={t("money.subtitle")} />
      {ledger.data ? <BalanceCards balance={ledger.data.balance} /> : <LoadingState rows={1} />}

      <section className="section" aria-labelledby="ledger-title">
        <h2 id="ledger-title">{t("money.ledger")}</h2>
        {ledger.isPending ? (
          <LoadingState rows={5} />
        ) : ledger.isError ? (
          <ErrorState onRetry={() => void ledger.refetch()} />
        ) : ledger.data.items.length === 0 ? (
          <EmptyState icon="wallet" title={t("money.emptyLedger")}>
            <p>{t("money.emptyLedgerBody")}</p>
          </EmptyState>
        ) : (
          <>
            <LedgerTable entries={ledger.data.items} />
            <Pagination page={page} limit={ledger.data.limit} total={ledger.data.total} onPage={setPage} />
          </>
        )}
      </section>

      <section className="section" aria-labelledby="payouts-title">
        <h2 id="payouts-title">{t("money.payouts")}</h2>
        {payouts.isPending ? (
          <LoadingState rows={2} />
        ) : payouts.isError ? (
          <ErrorState onRetry={() => void payouts.refetch()} />
        ) : payouts.data.items.length === 0 ? (
          <p className="muted">{t("money.noPayouts")}</p>
        ) : (
          <PayoutsTable payouts={payouts.data.items} />
        )}
      </section>
    </>
  );
}
