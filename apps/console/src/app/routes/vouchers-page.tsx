import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAllSellerProducts } from "@/features/products/api/get-all-seller-products";
import { useCategories } from "@/features/products/api/get-categories";
import { VoucherManager } from "@/features/vouchers/components/voucher-manager";
import { PageHeader } from "@/shared/ui/page-header";

/** The stall's vouchers (its seller, or a helper with the catalog scope); its own products to limit one to. */
export function VouchersPage() {
  const { t } = useTranslation();
  const categories = useCategories();
  const products = useAllSellerProducts();
  const targets = useMemo(
    () => ({
      categories: categories.data ?? [],
      products: (products.data ?? []).map((p) => ({ id: p.id, name: p.name })),
      loading: categories.isPending || products.isPending,
    }),
    [categories.data, products.data, categories.isPending, products.isPending],
  );
  return (
    <>
      <PageHeader title={t("vouchers.title")} description={t("vouchers.subtitle")} />
      <VoucherManager area="seller" targets={targets} />
    </>
  );
}

/** The market's own vouchers (admins); products to limit one to are searched in the catalog. */
export function AdminVouchersPage() {
  const { t } = useTranslation();
  const categories = useCategories();
  const targets = useMemo(
    () => ({ categories: categories.data ?? [], loading: categories.isPending }),
    [categories.data, categories.isPending],
  );
  return (
    <>
      <PageHeader title={t("vouchers.adminTitle")} description={t("vouchers.adminSubtitle")} />
      <VoucherManager area="admin" targets={targets} />
    </>
  );
}
