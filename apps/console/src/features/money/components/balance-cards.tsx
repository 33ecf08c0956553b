import type { LedgerBalance } from "@chophien/contracts";
import { useTranslation } from "react-i18next";
import { useFormat } from "@/shared/i18n/use-format";
import { StatCard } from "@/shared/ui/stat-card";

/**
 * What the stall can be paid now (never more than the market holds for it), its ledger balance (negative when it
 * owes the fee on cash-on-delivery orders), the money the market holds, and what is on its way.
 */
export function BalanceCards({ balance }: { balance: LedgerBalance }) {
  const { t } = useTranslation();
  const { vnd } = useFormat();
  const owes = balance.available < 0;
  return (
    <div className="stat-grid">
      <StatCard label={t("money.available")} value={vnd(balance.payable)} hint={t("money.availableHint")} />
      <StatCard
        label={t("money.balance")}
        value={vnd(balance.available)}
        hint={owes ? t("money.owedHint") : t("money.balanceHint")}
        tone={owes ? "alert" : undefined}
      />
      <StatCard label={t("money.held")} value={vnd(balance.held)} hint={t("money.heldHint")} />
      <StatCard label={t("money.pendingSales")} value={vnd(balance.pendingSales)} hint={t("money.pendingHint")} />
    </div>
  );
}
