import type { LedgerBalance } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { StatCard } from "@/shared/ui/stat-card";

/** What the platform owes the stall now, and what is on its way (delivered, waiting for the buyer's receipt). */
export function BalanceCards({ balance }: { balance: LedgerBalance }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  return (
    <div className="stat-grid">
      <StatCard label={t("money.available")} value={vnd(balance.available)} hint={t("money.availableHint")} />
      <StatCard label={t("money.pendingSales")} value={vnd(balance.pendingSales)} hint={t("money.pendingHint")} />
    </div>
  );
}
