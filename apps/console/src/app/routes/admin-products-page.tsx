import { useTranslation } from "react-i18next";
import { AdminProductsTable } from "@/features/admin-products/components/admin-products-table";
import { PageHeader } from "@/shared/ui/page-header";

/** Every product on the market: find one, hide it with a reason the seller reads, or put it back. */
export function AdminProductsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("adminProducts.title")} description={t("adminProducts.subtitle")} />
      <AdminProductsTable />
    </>
  );
}
