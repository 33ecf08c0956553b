import type { Stall } from "@chophien/contracts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AdminPayoutsTable } from "@/features/admin-payouts/components/admin-payouts-table";
import { BalancesDue } from "@/features/admin-payouts/components/balances-due";
import { PayoutForm } from "@/features/admin-payouts/components/payout-form";
import { adminStallQuery } from "@/features/admin-stalls/api/get-admin-stall";
import { StallPicker } from "@/features/admin-stalls/components/stall-picker";
import { PageHeader } from "@/shared/ui/page-header";

/** Payouts: what is due per stall, record a bank transfer made to a stall (picked by name or from the list), those recorded. */
export function PayoutsPage() {
  const { t } = useTranslation();
  const [stall, setStall] = useState<Stall | null>(null);
  const qc = useQueryClient();
  return (
    <>
      <PageHeader title={t("payouts.title")} description={t("payouts.subtitle")} />
      <section className="section" aria-labelledby="payouts-due">
        <h2 id="payouts-due">{t("payouts.dueTitle")}</h2>
        <BalancesDue
          onPay={(due) =>
            void qc.fetchQuery(adminStallQuery(due.stall.id)).then((s) => {
              setStall(s);
              document.getElementById("payout-title")?.scrollIntoView?.({ block: "start" });
            })
          }
        />
      </section>
      <PayoutForm stall={stall} stallField={<StallPicker value={stall} onChange={setStall} />} onDone={() => setStall(null)} />
      <section className="section" aria-labelledby="payouts-list">
        <h2 id="payouts-list">{t("payouts.recordedTitle")}</h2>
        <AdminPayoutsTable />
      </section>
    </>
  );
}
