import { useTranslation } from "react-i18next";
import { BankTransfersTable } from "@/features/admin-bank-transfers/components/bank-transfers-table";
import { PageHeader } from "@/shared/ui/page-header";

/** Bank transfers the webhook could not match to an order, for an admin to match or resolve. */
export function BankTransfersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("bankTransfers.title")} description={t("bankTransfers.subtitle")} />
      <BankTransfersTable />
    </>
  );
}
