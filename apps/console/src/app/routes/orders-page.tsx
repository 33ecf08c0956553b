import { useTranslation } from "react-i18next";
import { OrdersInbox } from "@/features/orders/components/orders-inbox";
import { PageHeader } from "@/shared/ui/page-header";

/** The stall's order inbox. */
export function OrdersPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("orders.title")} description={t("orders.subtitle")} />
      <OrdersInbox />
    </>
  );
}
