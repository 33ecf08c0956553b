import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProductsTable } from "@/features/products/components/products-table";
import { Icon } from "@/shared/ui/icon";
import { PageHeader } from "@/shared/ui/page-header";

/** The stall's products: the table with search, filters, in-place edits and bulk actions. */
export function ProductsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("products.title")}
        actions={
          <Link className="btn btn-primary" to="/seller/products/new">
            <Icon name="plus" size={18} />
            {t("products.add")}
          </Link>
        }
      />
      <ProductsTable />
    </>
  );
}
