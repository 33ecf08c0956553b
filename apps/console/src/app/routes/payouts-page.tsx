import type { Stall } from "@chophien/contracts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AdminPayoutsTable } from "@/features/admin-payouts/components/admin-payouts-table";
import { PayoutForm } from "@/features/admin-payouts/components/payout-form";
import { StallPicker } from "@/features/admin-stalls/components/stall-picker";
import { PageHeader } from "@/shared/ui/page-header";

/** Payouts: record a bank transfer made to a stall (picked by name), and the list of those recorded. */
export function PayoutsPage() {
  const { t } = useTranslation();
  const [stall, setStall] = useState<Stall | null>(null);
  return (
    <>
      <PageHeader title={t("payouts.title")} description={t("payouts.subtitle")} />
      <PayoutForm stall={stall} stallField={<StallPicker value={stall} onChange={setStall} />} onDone={() => setStall(null)} />
      <section className="section" aria-labelledby="payouts-list">
        <h2 id="payouts-list">{t("payouts.recordedTitle")}</h2>
        <AdminPayoutsTable />
      </section>
    </>
  );
}
