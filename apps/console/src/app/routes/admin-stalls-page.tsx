import { useTranslation } from "react-i18next";
import { StallsTable } from "@/features/admin-stalls/components/stalls-table";
import { PageHeader } from "@/shared/ui/page-header";

/** All stalls: suspend, reinstate, commission overrides. */
export function AdminStallsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("adminStalls.title")} description={t("adminStalls.subtitle")} />
      <StallsTable />
    </>
  );
}
