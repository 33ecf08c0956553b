import { useTranslation } from "react-i18next";
import { AdminCertificates } from "@/features/ocop-certificates/components/admin-certificates";
import { PageHeader } from "@/shared/ui/page-header";

/** Admins verify, reject and revoke OCOP certificates. */
export function AdminCertificatesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("ocopCertificates.adminTitle")} description={t("ocopCertificates.adminSubtitle")} />
      <AdminCertificates />
    </>
  );
}
