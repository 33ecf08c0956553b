import { useTranslation } from "react-i18next";
import { AdminOrdersTable } from "@/features/admin-orders/components/admin-orders-table";
import { PageHeader } from "@/shared/ui/page-header";

/** Every order on the platform, filterable. */
export function AdminOrdersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("adminOrders.title")} description={t("adminOrders.subtitle")} />
      <AdminOrdersTable />
    </>
  );
}
