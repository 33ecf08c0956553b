import { useTranslation } from "react-i18next";
import { TraceReportsTable } from "@/features/admin-trace-reports/components/trace-reports-table";
import { PageHeader } from "@/shared/ui/page-header";

/** /admin/trace-reports — problem reports shoppers filed from batch trace pages. */
export function TraceReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("trace.inbox.title")} description={t("trace.inbox.subtitle")} />
      <TraceReportsTable />
    </>
  );
}
