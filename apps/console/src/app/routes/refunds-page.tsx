import { useTranslation } from "react-i18next";
import { RefundsTable } from "@/features/admin-refunds/components/refunds-table";
import { PageHeader } from "@/shared/ui/page-header";

/** VNPay refunds, the failed ones first, with a retry. */
export function RefundsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("refunds.title")} description={t("refunds.subtitle")} />
      <RefundsTable />
    </>
  );
}
