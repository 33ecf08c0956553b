import { useTranslation } from "react-i18next";
import { useAllSellerProducts } from "@/features/products/api/get-all-seller-products";
import { SellerCertificates } from "@/features/ocop-certificates/components/seller-certificates";
import { PageHeader } from "@/shared/ui/page-header";

/** The stall's OCOP certificates: add one with a photo from the phone, see each one's status and expiry. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const products = useAllSellerProducts();
  return (
    <>
      <PageHeader title={t("ocopCertificates.title")} description={t("ocopCertificates.subtitle")} />
      <SellerCertificates products={products.data ?? []} />
    </>
  );
}
